"use server";

import { z } from "zod";
import { authedAction } from "@/lib/auth/authed-action";
import { ZAttachEvidenceInput, ZRemoveEvidenceInput, ZUpdateEvidenceInput } from "@/lib/schemas/sources";
import { attachEvidence } from "@/lib/server/evidence/attach-evidence";
import { removeEvidence } from "@/lib/server/evidence/remove-evidence";
import { updateEvidence } from "@/lib/server/evidence/update-evidence";
import { listSources } from "@/lib/server/sources/list-sources";

export const attachEvidenceAction = authedAction(ZAttachEvidenceInput, attachEvidence);
export const updateEvidenceAction = authedAction(ZUpdateEvidenceInput, updateEvidence);
export const removeEvidenceAction = authedAction(ZRemoveEvidenceInput, removeEvidence);
export const findSourcesAction = authedAction(z.object({ query: z.string().trim().max(200) }), (member, input) => listSources(member, { q: input.query }, 20));
