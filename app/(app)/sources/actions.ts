"use server";

import { z } from "zod";
import { authedAction } from "@/lib/auth/authed-action";
import {
  ZAttachEvidenceInput,
  ZCreateSourceInput,
  ZRequestCaptureInput,
  ZUpdateSourceInput,
} from "@/lib/schemas/sources";
import { findClaims } from "@/lib/server/claims/find-claims";
import { listEntities } from "@/lib/server/entities/list-entities";
import { attachEvidence } from "@/lib/server/evidence/attach-evidence";
import { createSource } from "@/lib/server/sources/create-source";
import { loadSourceForMember } from "@/lib/server/sources/get-source";
import { requestCapture } from "@/lib/server/sources/request-capture";
import { updateSource } from "@/lib/server/sources/update-source";

export const createSourceAction = authedAction(ZCreateSourceInput, createSource);
export const updateSourceAction = authedAction(ZUpdateSourceInput, updateSource);
export const requestCaptureAction = authedAction(ZRequestCaptureInput, requestCapture);
/** Polled by the capture progress display. */
export const sourceStatusAction = authedAction(ZRequestCaptureInput, (member, input) =>
  loadSourceForMember(member, input.sourceId),
);
export const attachEvidenceAction = authedAction(ZAttachEvidenceInput, attachEvidence);
/** The origins the add-source form offers, loaded when it opens rather than with every page of the list. */
export const listOriginChoicesAction = authedAction(z.object({}), (member) => listEntities(member));
export const findClaimsAction = authedAction(z.object({ query: z.string().trim().max(200) }), findClaims);
