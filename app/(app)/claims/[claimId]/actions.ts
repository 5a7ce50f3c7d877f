"use server";

import { z } from "zod";
import { authedAction } from "@/lib/auth/authed-action";
import {
  ZAttachEvidenceInput,
  ZCreateSourceInput,
  ZRemoveEvidenceInput,
  ZUpdateEvidenceInput,
} from "@/lib/schemas/sources";
import { attachEvidence } from "@/lib/server/evidence/attach-evidence";
import { removeEvidence } from "@/lib/server/evidence/remove-evidence";
import { updateEvidence } from "@/lib/server/evidence/update-evidence";
import { createSource } from "@/lib/server/sources/create-source";
import { listSources } from "@/lib/server/sources/list-sources";
import { ZAddCommentInput, ZLinkSameClaimInput, ZRateClaimInput, ZTransitionClaimInput } from "@/lib/schemas/ratings";
import { linkSameClaim } from "@/lib/server/claims/link-same-claim";
import { rateClaim } from "@/lib/server/claims/rate-claim";
import { transitionClaim } from "@/lib/server/claims/transition-claim";
import { addComment } from "@/lib/server/comments/add-comment";
import { ZItemTagsChange } from "@/lib/schemas/tags";
import { updateClaimTags } from "@/lib/server/tags/update-claim-tags";

export const attachEvidenceAction = authedAction(ZAttachEvidenceInput, attachEvidence);
export const updateEvidenceAction = authedAction(ZUpdateEvidenceInput, updateEvidence);
export const removeEvidenceAction = authedAction(ZRemoveEvidenceInput, removeEvidence);
export const findSourcesAction = authedAction(z.object({ query: z.string().trim().max(200) }), (member, input) =>
  listSources(member, { q: input.query }, 20),
);
/** "Cite a source" adds a source not yet in the library: the sources page's use case, the same checks. */
export const createSourceForCitationAction = authedAction(ZCreateSourceInput, createSource);
export const rateClaimAction = authedAction(ZRateClaimInput, rateClaim);
export const transitionClaimAction = authedAction(ZTransitionClaimInput, transitionClaim);
export const addCommentAction = authedAction(ZAddCommentInput, addComment);
export const linkSameClaimAction = authedAction(ZLinkSameClaimInput, linkSameClaim);

/** Tags are internal organisation, not claim content: allowed at every workflow stage. */
export const updateClaimTagsAction = authedAction(ZItemTagsChange, (member, { id, add, remove }) =>
  updateClaimTags(member, { claimId: id, add, remove }),
);
