import "server-only";
import { publishedReportClaim } from "@/lib/domain/reports/published-claim";
import { reportClaim, type ReportClaim } from "@/lib/domain/reports/report-model";
import { claimWithoutInternalNotes } from "@/lib/domain/reports/without-internal-notes";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * What the public sees of a published claim, read from its published versions only (never the
 * claim's live fields, where a correction in progress is drafted): its latest version, the
 * corrections before it and the retraction, as the public report shows them.
 */
export const publicClaimSelect = {
  id: true,
  articleId: true,
  retractedAt: true,
  retractionNote: true,
  publications: {
    select: { number: true, snapshot: true, correctionNote: true, publishedAt: true },
    orderBy: { number: "asc" },
  },
} as const satisfies Prisma.ClaimSelect;

/** Only claims ever published have a public form; the where-clause every public read starts from. */
export const EVER_PUBLISHED = { publishedVersion: { gt: 0 } } as const satisfies Prisma.ClaimWhereInput;

type PublicClaimRow = Prisma.ClaimGetPayload<{ select: typeof publicClaimSelect }>;

/** The claim as the public report shows it (internal notes left out), and when its latest version was published. */
export function publicClaimOf(row: PublicClaimRow): { claim: ReportClaim; lastPublishedAt: string } {
  const last = row.publications.at(-1);
  if (!last) throw new Error(`Claim ${row.id} has no published version`);
  return {
    claim: claimWithoutInternalNotes(reportClaim(publishedReportClaim(row, row.publications))),
    lastPublishedAt: last.publishedAt.toISOString(),
  };
}
