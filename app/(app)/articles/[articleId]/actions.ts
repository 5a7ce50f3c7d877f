"use server";

import { z } from "zod";
import { authedAction } from "@/lib/auth/authed-action";
import { ZAddRevisionInput } from "@/lib/schemas/articles";
import { ZFindCheckedMatchesInput } from "@/lib/schemas/checked-matches";
import {
  ZAcknowledgeClaimAnchorInput,
  ZCreateClaimInput,
  ZDeleteClaimInput,
  ZDismissSuggestionInput,
  ZReanchorClaimInput,
  ZUpdateClaimInput,
} from "@/lib/schemas/claims";
import { ZCreateEntityInput } from "@/lib/schemas/entities";
import { addRevision } from "@/lib/server/articles/add-revision";
import { getWorkbenchClaim } from "@/lib/server/articles/get-workbench-claim";
import { listClaimEditorChoices } from "@/lib/server/articles/list-claim-editor-choices";
import { listWorkbenchClaimItems } from "@/lib/server/articles/list-workbench-claim-items";
import { acknowledgeClaimAnchor } from "@/lib/server/claims/acknowledge-claim-anchor";
import { createClaim } from "@/lib/server/claims/create-claim";
import { deleteClaim } from "@/lib/server/claims/delete-claim";
import { dismissSuggestion } from "@/lib/server/claims/dismiss-suggestion";
import { reanchorClaim } from "@/lib/server/claims/reanchor-claim";
import { suggestClaimsForArticle } from "@/lib/server/claims/suggest-claims-for-article";
import { updateClaim } from "@/lib/server/claims/update-claim";
import { createEntity } from "@/lib/server/entities/create-entity";
import { ZItemTagsChange } from "@/lib/schemas/tags";
import { updateArticleTags } from "@/lib/server/tags/update-article-tags";
import { createReportLink, revokeReportLink } from "@/lib/server/reports/report-links";
import { findCheckedMatchesForArticle } from "@/lib/server/search/find-checked-matches-for-article";

export const createClaimAction = authedAction(ZCreateClaimInput, createClaim);
export const updateClaimAction = authedAction(ZUpdateClaimInput, updateClaim);
export const deleteClaimAction = authedAction(ZDeleteClaimInput, deleteClaim);
export const suggestClaimsAction = authedAction(z.object({ articleId: z.uuid() }), (member, input) =>
  suggestClaimsForArticle(member, input.articleId),
);
// "Already checked elsewhere" for the suggestions, asked by the panel one bounded batch at a time.
export const findCheckedMatchesAction = authedAction(ZFindCheckedMatchesInput, findCheckedMatchesForArticle);
export const dismissSuggestionAction = authedAction(ZDismissSuggestionInput, dismissSuggestion);
export const createEntityAction = authedAction(ZCreateEntityInput, createEntity);
export const addRevisionAction = authedAction(ZAddRevisionInput, addRevision);
export const reanchorClaimAction = authedAction(ZReanchorClaimInput, reanchorClaim);
export const acknowledgeClaimAnchorAction = authedAction(ZAcknowledgeClaimAnchorInput, acknowledgeClaimAnchor);
export const createReportLinkAction = authedAction(z.object({ articleId: z.uuid() }), createReportLink);
export const revokeReportLinkAction = authedAction(z.object({ linkId: z.uuid() }), revokeReportLink);
// The reader's page carries the panel's first rows only; the rest, an opened claim and the editor's choices load on demand.
export const listWorkbenchClaimItemsAction = authedAction(
  z.object({ articleId: z.uuid(), claimIds: z.array(z.uuid()).max(50) }),
  listWorkbenchClaimItems,
);
export const getWorkbenchClaimAction = authedAction(
  z.object({ articleId: z.uuid(), claimId: z.uuid() }),
  getWorkbenchClaim,
);
export const claimEditorChoicesAction = authedAction(z.object({}), (member) => listClaimEditorChoices(member));

export const updateArticleTagsAction = authedAction(ZItemTagsChange, (member, { id, add, remove }) =>
  updateArticleTags(member, { articleId: id, add, remove }),
);
