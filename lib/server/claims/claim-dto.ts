import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { emptyDetails } from "@/lib/domain/claims/claim-details";
import type { TConfidence } from "@/lib/domain/ratings/rating-scale";
import type { Corroboration } from "@/lib/domain/sources/corroboration";
import { corroborationOfClaim, evidenceForCorroborationSelect } from "@/lib/server/claims/claim-corroboration";
import { claimAnchorSelect } from "@/lib/server/articles/article-selects";
import {
  ZClaimDetails,
  type TAnchorStatus,
  type TClaimDetails,
  type TClaimStatus,
  type TClaimType,
} from "@/lib/schemas/claims";

export interface PersonRef {
  id: string;
  name: string;
}

/** A claimant or intermediary: its name, and the one the Arabic interface shows (entityName()). */
export interface EntityRef extends PersonRef {
  arabicName: string | null;
}

export interface VerdictRef {
  id: string;
  key: string;
  name: string;
  nameAr: string | null;
  color: string;
  ratingValue: number | null;
}

export interface ClaimDto {
  id: string;
  articleId: string;
  revisionId: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  anchorStatus: TAnchorStatus;
  /** Someone acknowledged that the quote is no longer in the current text (lets a FUZZY/ORPHANED claim be approved). */
  anchorAcknowledgement: { at: string; by: PersonRef | null; note: string } | null;
  statement: string;
  type: TClaimType;
  details: TClaimDetails;
  claimant: EntityRef | null;
  reportedVia: EntityRef | null;
  claimedAt: string | null;
  assignee: PersonRef | null;
  status: TClaimStatus;
  version: number;
  updatedAt: string;
  updatedBy: PersonRef | null;
  verdict: VerdictRef | null;
  confidence: TConfidence | null;
  rationale: string | null;
  /** Who last changed the rating: not allowed to approve it (four eyes). */
  ratedBy: PersonRef | null;
  ratedAt: string | null;
  submittedAt: string | null;
  reviewedBy: PersonRef | null;
  reviewedAt: string | null;
  publishedAt: string | null;
  retractedAt: string | null;
  retractionNote: string | null;
  /** The current published version's number; 0 while never published. A published claim in any
   * other status is a correction draft: the public record still shows that version. */
  publishedVersion: number;
  /** Why the correction in progress was opened; published with it. */
  correctionNote: string | null;
  statusChangedAt: string;
  /** Evidence by stance and independent origin (lib/domain/sources/corroboration). */
  corroboration: Corroboration;
  /** "Same claim as": the already checked claim this one repeats, and why they were linked. */
  sameAs: { id: string; statement: string; articleId: string; articleTitle: string; note: string | null } | null;
}

export const claimSelect = {
  ...claimAnchorSelect,
  articleId: true,
  anchorAcknowledgedAt: true,
  anchorAcknowledgedBy: { select: { id: true, name: true } },
  anchorNote: true,
  statement: true,
  type: true,
  details: true,
  claimedAt: true,
  status: true,
  version: true,
  updatedAt: true,
  claimant: { select: { id: true, name: true, arabicName: true } },
  reportedVia: { select: { id: true, name: true, arabicName: true } },
  assignee: { select: { id: true, name: true } },
  updatedBy: { select: { id: true, name: true } },
  verdict: { select: { id: true, key: true, name: true, nameAr: true, color: true, ratingValue: true } },
  confidence: true,
  rationale: true,
  ratedBy: { select: { id: true, name: true } },
  ratedAt: true,
  submittedAt: true,
  reviewedBy: { select: { id: true, name: true } },
  reviewedAt: true,
  publishedAt: true,
  retractedAt: true,
  retractionNote: true,
  publishedVersion: true,
  correctionNote: true,
  statusChangedAt: true,
  evidence: evidenceForCorroborationSelect,
  sameAsNote: true,
  sameAs: { select: { id: true, statement: true, article: { select: { id: true, title: true } } } },
} as const satisfies Prisma.ClaimSelect;

type ClaimRow = Prisma.ClaimGetPayload<{ select: typeof claimSelect }>;

export function toClaimDto(row: ClaimRow): ClaimDto {
  return {
    id: row.id,
    articleId: row.articleId,
    revisionId: row.revisionId,
    start: row.startOffset,
    end: row.endOffset,
    exact: row.exact,
    prefix: row.prefix,
    suffix: row.suffix,
    anchorStatus: row.anchorStatus,
    anchorAcknowledgement: row.anchorAcknowledgedAt
      ? { at: row.anchorAcknowledgedAt.toISOString(), by: row.anchorAcknowledgedBy, note: row.anchorNote ?? "" }
      : null,
    statement: row.statement,
    type: row.type,
    details: detailsOf(row.type, row.details),
    claimant: row.claimant,
    reportedVia: row.reportedVia,
    claimedAt: row.claimedAt?.toISOString() ?? null,
    assignee: row.assignee,
    status: row.status,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
    verdict: row.verdict,
    confidence: row.confidence,
    rationale: row.rationale,
    ratedBy: row.ratedBy,
    ratedAt: row.ratedAt?.toISOString() ?? null,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    reviewedBy: row.reviewedBy,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    retractedAt: row.retractedAt?.toISOString() ?? null,
    retractionNote: row.retractionNote,
    publishedVersion: row.publishedVersion,
    correctionNote: row.correctionNote,
    statusChangedAt: row.statusChangedAt.toISOString(),
    corroboration: corroborationOfClaim(row.evidence, row.claimant),
    sameAs: row.sameAs
      ? {
          id: row.sameAs.id,
          statement: row.sameAs.statement,
          articleId: row.sameAs.article.id,
          articleTitle: row.sameAs.article.title,
          note: row.sameAsNote,
        }
      : null,
  };
}

/** Stored details are re-validated on the way out: a bad row shows as "no details", never crashes a page. */
function detailsOf(type: TClaimType, stored: Prisma.JsonValue): TClaimDetails {
  const parsed = ZClaimDetails.safeParse({ ...(typeof stored === "object" && stored !== null ? stored : {}), type });
  return parsed.success ? parsed.data : emptyDetails(type);
}

/** The JSON column holds the structured fields without the type (a column of its own). */
export function detailsForStorage(details: TClaimDetails): Prisma.InputJsonValue {
  const { type: _type, ...fields } = details;
  return JSON.parse(JSON.stringify(fields)) as Prisma.InputJsonValue;
}
