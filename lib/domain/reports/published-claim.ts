/**
 * Published versions of a claim. Publishing freezes what the reader sees — statement, quote in
 * its context, type and fields, claimant, the verdict label as it read then (both names, colour,
 * ClaimReview value), confidence, rationale, evidence with passages and capture hashes, who rated
 * and reviewed — into a snapshot. The public page, ClaimReview and every report render published
 * claims from their snapshots, so a correction in progress, a later edit or a renamed scale label
 * changes nothing already published. Each published correction adds the next version.
 *
 * The stored JSON is versioned (`schema`); the migration that introduced versions builds the same
 * shape in SQL for claims published before (20261129000300_claim_publications).
 */
import { z } from "zod";
import type { ReportInputClaim } from "./report-model";

export const SNAPSHOT_SCHEMA = 1;

const ZDate = z.iso.datetime({ offset: true }).transform((value) => new Date(value));
// nameAr (the entity's Arabic name as it read at publication) came later: older snapshots have none.
const ZEntity = z.object({
  id: z.string(),
  name: z.string(),
  nameAr: z.string().nullable().default(null),
  kind: z.string().nullable(),
});

export const ZPublishedClaimSnapshot = z.object({
  schema: z.literal(SNAPSHOT_SCHEMA),
  start: z.number().int(),
  end: z.number().int(),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  anchorStatus: z.enum(["ANCHORED", "MOVED", "FUZZY", "ORPHANED"]),
  statement: z.string(),
  type: z.string(),
  details: z.record(z.string(), z.unknown()),
  claimant: ZEntity.nullable(),
  reportedVia: ZEntity.nullable(),
  claimedAt: ZDate.nullable(),
  verdict: z
    .object({
      key: z.string(),
      name: z.string(),
      nameAr: z.string().nullable(),
      color: z.string(),
      ratingValue: z.number().int().nullable(),
    })
    .nullable(),
  confidence: z.enum(["LOW", "MODERATE", "HIGH"]).nullable(),
  rationale: z.string().nullable(),
  ratedBy: z.string().nullable(),
  ratedAt: ZDate.nullable(),
  submittedAt: ZDate.nullable(),
  reviewedBy: z.string().nullable(),
  reviewedAt: ZDate.nullable(),
  publishedAt: ZDate.nullable(),
  evidence: z.array(
    z.object({
      stance: z.enum(["SUPPORTS", "REFUTES", "CONTEXT"]),
      sourceId: z.string(),
      sourceTitle: z.string(),
      originId: z.string().nullable(),
      originName: z.string().nullable(),
      originNameAr: z.string().nullable().default(null),
      outlet: z.string().nullable(),
      url: z.string().nullable(),
      kind: z.string(),
      reliability: z.string().nullable(),
      passage: z.string().nullable(),
      credibility: z.number().int().nullable(),
      note: z.string().nullable(),
      snapshot: z
        .object({ sha256: z.string().nullable(), capturedAt: ZDate, httpStatus: z.number().int().nullable() })
        .nullable(),
    }),
  ),
});

/** What a publication freezes: a report claim without what belongs to the claim's life after it. */
export type PublishedClaimContent = Omit<
  ReportInputClaim,
  "id" | "articleId" | "status" | "corrections" | "retraction"
>;

/** The snapshot to store: JSON with ISO dates, checked against the schema it will be read with. */
export function snapshotOf(content: PublishedClaimContent): SnapshotJson {
  const json = JSON.parse(JSON.stringify({ schema: SNAPSHOT_SCHEMA, ...content })) as SnapshotJson;
  ZPublishedClaimSnapshot.parse(json);
  return json;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
/** The stored form: plain JSON (dates as ISO strings), as the database column takes it. */
export type SnapshotJson = { [key: string]: Json };

export function readSnapshot(stored: unknown): PublishedClaimContent {
  const { schema: _schema, ...content } = ZPublishedClaimSnapshot.parse(stored);
  return content;
}

export interface PublicationRecord {
  number: number;
  snapshot: unknown;
  correctionNote: string | null;
  publishedAt: Date;
}

/**
 * The claim as the public record shows it: its latest published version, the corrections that
 * led there (each with the verdict it replaced), and the retraction if an editor retracted it.
 * `publications` in any order; at least one.
 */
export function publishedReportClaim(
  claim: { id: string; articleId: string; retractedAt: Date | null; retractionNote: string | null },
  publications: readonly PublicationRecord[],
): ReportInputClaim {
  const versions = [...publications]
    .sort((a, b) => a.number - b.number)
    .map((publication) => ({ ...publication, content: readSnapshot(publication.snapshot) }));
  const current = versions.at(-1);
  if (!current) throw new Error(`Claim ${claim.id} has no published version`);
  return {
    id: claim.id,
    articleId: claim.articleId,
    ...current.content,
    status: claim.retractedAt ? "RETRACTED" : versions.length > 1 ? "CORRECTED" : "PUBLISHED",
    corrections: versions.slice(1).map((version, index) => ({
      note: version.correctionNote ?? "",
      createdAt: version.publishedAt,
      previousVerdict: versions[index]!.content.verdict?.name ?? null,
    })),
    retraction: claim.retractedAt ? { retractedAt: claim.retractedAt, note: claim.retractionNote ?? "" } : null,
  };
}
