"use server";

import { z } from "zod";
import { authedAction } from "@/lib/auth/authed-action";
import { createCaseLink, revokeCaseLink } from "@/lib/server/cases/case-links";
import { publishCaseEdition } from "@/lib/server/cases/publish-case-edition";

export const publishCaseEditionAction = authedAction(
  z.object({ caseId: z.uuid(), fingerprint: z.string().min(1).max(64) }),
  publishCaseEdition,
);
export const createCaseLinkAction = authedAction(z.object({ caseId: z.uuid() }), createCaseLink);
export const revokeCaseLinkAction = authedAction(z.object({ linkId: z.uuid() }), revokeCaseLink);
