import "server-only";
import { z } from "zod";
import { locateQuote } from "@/lib/domain/claims/locate-quote";
import { AppError } from "@/lib/errors";
import { pageOf, ZApiClaim, ZApiClaimDetail, ZApiClaimListItem, ZApiHistoryEntry } from "@/lib/schemas/api/resources";
import { ZClaimFields, ZCreateClaimInput, ZUpdateClaimInput } from "@/lib/schemas/claims";
import { ZTransitionClaimInput } from "@/lib/schemas/ratings";
import { ZSearchInput } from "@/lib/schemas/search";
import { getArticle } from "@/lib/server/articles/get-article";
import { createClaim } from "@/lib/server/claims/create-claim";
import { getClaim } from "@/lib/server/claims/get-claim";
import { getClaimHistory } from "@/lib/server/claims/get-claim-history";
import { listClaims } from "@/lib/server/claims/list-claims";
import { transitionClaim } from "@/lib/server/claims/transition-claim";
import { updateClaim } from "@/lib/server/claims/update-claim";
import { findSimilarClaims } from "@/lib/server/search/find-similar-claims";
import { defineEndpoint } from "../endpoint";
import { toApiClaim, toApiClaimDetail, toApiClaimListItem } from "../resources";

const ZClaimPath = z.object({ claimId: z.uuid() });
const ZCursorQuery = z.object({ cursor: z.string().max(300).optional() });

/** The claim list's filters are the search page's (one schema), plus an assignee and a page size. */
const ZClaimListQuery = ZSearchInput.omit({ q: true }).extend({
  assigneeId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** A claim from the words it quotes: found in the article's current text (locateQuote). */
const ZCreateClaimFromQuote = z
  .object({
    articleId: z.uuid(),
    quote: z.string().min(1).max(5_000),
    occurrence: z
      .number()
      .int()
      .min(1)
      .optional()
      .meta({ description: "Which occurrence, when the quote is there several times." }),
  })
  .extend(ZClaimFields.partial().shape)
  .meta({ id: "CreateClaimFromQuote" });

const current = async (member: Parameters<typeof getClaim>[0], claimId: string) =>
  toApiClaim((await getClaim(member, claimId)).claim);

export const claimEndpoints = [
  defineEndpoint({
    method: "GET",
    path: "/claims",
    operationId: "listClaims",
    tag: "Claims",
    summary: "List the team's claims, newest first, with the claim list's filters",
    permission: "team.read",
    query: ZClaimListQuery,
    response: pageOf(ZApiClaimListItem, "ClaimList"),
    async run(member, { query }) {
      const page = await listClaims(member, { ...query, assigneeId: query.assigneeId ?? null });
      return { items: page.items.map(toApiClaimListItem), next: page.nextCursor };
    },
  }),
  defineEndpoint({
    method: "POST",
    path: "/claims",
    operationId: "createClaim",
    tag: "Claims",
    summary: "Create a claim from offsets into the current revision, or from the words it quotes",
    permission: "claim.create",
    body: z.union([ZCreateClaimInput, ZCreateClaimFromQuote]),
    response: ZApiClaim,
    status: 201,
    async run(member, { body }) {
      if (!("quote" in body)) return toApiClaim(await createClaim(member, body));
      const { quote, occurrence, ...fields } = body;
      const article = await getArticle(member, body.articleId);
      const at = locateQuote(article.revision.text, quote, occurrence);
      if (!at.found) throw new AppError("BAD_INPUT", "Quote not located", { reason: at.reason });
      return toApiClaim(
        await createClaim(member, {
          ...fields,
          details: fields.details ?? { type: "OTHER" },
          articleId: article.id,
          revisionId: article.revision.id,
          start: at.start,
          end: at.end,
        }),
      );
    },
  }),
  defineEndpoint({
    method: "GET",
    path: "/claims/{claimId}",
    operationId: "getClaim",
    tag: "Claims",
    summary: "A claim with its article, evidence and published versions",
    permission: "team.read",
    params: ZClaimPath,
    response: ZApiClaimDetail,
    run: async (member, { params }) => toApiClaimDetail(await getClaim(member, params.claimId)),
  }),
  defineEndpoint({
    method: "PATCH",
    path: "/claims/{claimId}",
    operationId: "updateClaim",
    tag: "Claims",
    summary: "Edit a claim's statement, type and fields, claimant, date or assignee",
    description:
      "Send the version you read: if someone changed the claim since, the answer is 409 with the claim as it is now.",
    permission: "claim.update",
    params: ZClaimPath,
    body: ZUpdateClaimInput.omit({ claimId: true }),
    response: ZApiClaim,
    run: async (member, { params, body }) =>
      toApiClaim(await updateClaim(member, { ...body, claimId: params.claimId })),
    current: (member, { params }) => current(member, params.claimId),
  }),
  defineEndpoint({
    method: "POST",
    path: "/claims/{claimId}/transitions",
    operationId: "transitionClaim",
    tag: "Claims",
    summary: "Move a claim through the workflow: start, submit, approve, request changes, publish, correct, retract",
    description: "Each action asks its own permission (approve and publish: editors; four eyes hold as in the app).",
    permission: "claim.submit / claim.approve / claim.publish / …",
    params: ZClaimPath,
    body: ZTransitionClaimInput.omit({ claimId: true }),
    response: ZApiClaim,
    run: async (member, { params, body }) =>
      toApiClaim(await transitionClaim(member, { ...body, claimId: params.claimId })),
    current: (member, { params }) => current(member, params.claimId),
  }),
  defineEndpoint({
    method: "GET",
    path: "/claims/{claimId}/history",
    operationId: "getClaimHistory",
    tag: "Claims",
    summary: "What was recorded about a claim, newest first",
    permission: "team.read",
    params: ZClaimPath,
    query: ZCursorQuery,
    response: pageOf(ZApiHistoryEntry, "History"),
    async run(member, { params, query }) {
      const page = await getClaimHistory(member, params.claimId, { cursor: query.cursor });
      return {
        items: page.items.map((entry) => ({
          id: entry.id,
          at: entry.at,
          actor: entry.actor,
          action: entry.action,
          note: entry.note,
        })),
        next: page.nextCursor,
      };
    },
  }),
  defineEndpoint({
    method: "GET",
    path: "/claims/{claimId}/similar",
    operationId: "findSimilarClaims",
    tag: "Claims",
    summary: "Claims of the team alike in wording, claimant, entities, type, figures and date, with the reasons",
    permission: "team.read",
    params: ZClaimPath,
    response: z.object({
      items: z.array(
        z.object({
          id: z.uuid(),
          articleId: z.uuid(),
          statement: z.string(),
          score: z.number(),
          reasons: z.array(z.enum(["WORDING", "SAME_CLAIMANT", "SHARED_ENTITY", "SAME_TYPE", "SAME_NUMBERS"])),
          daysApart: z.number().nullable(),
          status: z.string(),
        }),
      ),
    }),
    async run(member, { params }) {
      const similar = await findSimilarClaims(member, { claimId: params.claimId });
      return {
        items: similar.map((claim) => ({
          id: claim.id,
          articleId: claim.article.id,
          statement: claim.statement,
          score: claim.score,
          reasons: claim.reasons,
          daysApart: claim.daysApart,
          status: claim.status,
        })),
      };
    },
  }),
];
