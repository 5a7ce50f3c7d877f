import { z } from "zod";
import { ZSearchInput } from "./search";

/** The search a report is made of: the search page's words and filters, without its paging. */
export const ZSearchSet = ZSearchInput.omit({ cursor: true });

/**
 * What a report is made of (issue 19): an article's claims, a case's, a search's with its
 * filters, a claimant's, or a tag's. Ids of another team's records simply find nothing.
 */
export const ZClaimSet = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("article"), articleId: z.uuid() }),
  z.object({ kind: z.literal("case"), caseId: z.uuid() }),
  z.object({ kind: z.literal("search"), search: ZSearchSet }),
  z.object({ kind: z.literal("claimant"), entityId: z.uuid() }),
  z.object({ kind: z.literal("tag"), tagId: z.uuid() }),
]);
export type TClaimSet = z.input<typeof ZClaimSet>;
export type TParsedClaimSet = z.output<typeof ZClaimSet>;

/** The formats people choose from, in the order offered (PDF first). */
export const REPORT_FORMAT_CHOICES = ["pdf", "html", "json", "csv", "md", "claimreview"] as const;
export type ReportFormatChoice = (typeof REPORT_FORMAT_CHOICES)[number];

/**
 * The set a search page shows: with no words and one filter only, a tag's or a claimant's claims
 * (titled by the tag or the claimant); otherwise the search with its filters.
 */
export function claimSetOfSearch(search: z.output<typeof ZSearchSet>): TClaimSet {
  const given = Object.entries(search).filter(([, value]) => value !== null && value !== "");
  if (given.length === 1 && search.tagId) return { kind: "tag", tagId: search.tagId };
  if (given.length === 1 && search.claimantId) return { kind: "claimant", entityId: search.claimantId };
  return { kind: "search", search };
}
