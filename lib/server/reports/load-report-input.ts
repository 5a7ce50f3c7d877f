import "server-only";
import { db, type Tx } from "@/lib/db";
import { publishedReportClaim, type PublishedClaimContent } from "@/lib/domain/reports/published-claim";
import type { ReportInput, ReportInputClaim, ReportInputEntity } from "@/lib/domain/reports/report-model";
import { captureHealth } from "@/lib/domain/sources/capture-health";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ensureRatingScale } from "@/lib/server/ratings/ensure-rating-scale";
import { articleHeaderSelect } from "@/lib/server/articles/article-selects";

const reportClaimSelect = {
  id: true,
  startOffset: true,
  endOffset: true,
  exact: true,
  prefix: true,
  suffix: true,
  anchorStatus: true,
  statement: true,
  type: true,
  details: true,
  claimedAt: true,
  status: true,
  confidence: true,
  rationale: true,
  ratedAt: true,
  submittedAt: true,
  reviewedAt: true,
  publishedAt: true,
  retractedAt: true,
  retractionNote: true,
  publishedVersion: true,
  claimant: { select: { id: true, name: true, arabicName: true, kind: true } },
  reportedVia: { select: { id: true, name: true, arabicName: true, kind: true } },
  verdict: { select: { key: true, name: true, nameAr: true, color: true, ratingValue: true } },
  ratedBy: { select: { name: true } },
  reviewedBy: { select: { name: true } },
  publications: {
    select: { number: true, snapshot: true, correctionNote: true, publishedAt: true },
    orderBy: { number: "asc" },
  },
  evidence: {
    select: {
      stance: true,
      passage: true,
      credibility: true,
      note: true,
      createdAt: true,
      source: {
        select: {
          id: true,
          title: true,
          outlet: true,
          url: true,
          kind: true,
          reliability: true,
          origin: { select: { id: true, name: true, arabicName: true } },
          snapshots: {
            select: { id: true, capturedAt: true, httpStatus: true, errorCode: true, sha256: true, textSha256: true },
          },
        },
      },
    },
  },
} as const satisfies Prisma.ClaimSelect;

type ClaimRow = Prisma.ClaimGetPayload<{ select: typeof reportClaimSelect }>;

export interface ReportOptions {
  /** For public links: nothing unpublished leaves the newsroom that way. */
  publishedOnly?: boolean;
  now?: Date;
}

/**
 * What a public report shows: every claim ever published, as its latest published version (a
 * correction in progress stays out of sight), and retracted ones marked so (they never vanish).
 */
const EVER_PUBLISHED = { publishedVersion: { gt: 0 } } as const satisfies Prisma.ClaimWhereInput;

/** Claims read per query when a report is streamed: memory holds one page, whatever the report's size. */
export const REPORT_PAGE_SIZE = 250;

/** Everything a report of one article needs, as plain data for the pure report model. */
export async function loadReportInput(
  teamId: string,
  articleId: string,
  options: ReportOptions = {},
): Promise<ReportInput> {
  const header = await loadReportHeaderInput(teamId, articleId, options);
  const claims: ReportInputClaim[] = [];
  for await (const page of reportClaimPages(teamId, articleId, options)) claims.push(...page);
  return { ...header, claims };
}

/** The report's article, team and scale: all of it but the claims. */
export async function loadReportHeaderInput(
  teamId: string,
  articleId: string,
  options: ReportOptions = {},
): Promise<Omit<ReportInput, "claims">> {
  await ensureRatingScale(teamId);
  const article = await db.article.findFirst({
    where: { id: articleId, teamId },
    select: {
      ...articleHeaderSelect,
      team: { select: { id: true, name: true } },
      revisions: { orderBy: { number: "desc" }, take: 1, select: { number: true, sha256: true, createdAt: true } },
    },
  });
  const revision = article?.revisions[0];
  if (!article || !revision) throw new AppError("NOT_FOUND");
  const scale = await db.ratingLabel.findMany({
    where: { teamId },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  });
  const { team, revisions: _revisions, ...fields } = article;
  return {
    generatedAt: options.now ?? new Date(),
    team,
    scope: options.publishedOnly
      ? { description: "Published claims of the article", filters: { status: "PUBLISHED,CORRECTED,RETRACTED" } }
      : undefined,
    article: { ...fields, revision },
    scale: scale.map((label) => ({
      key: label.key,
      name: label.name,
      nameAr: label.nameAr,
      color: label.color,
      retired: label.retiredAt !== null,
      ratingValue: label.ratingValue,
    })),
  };
}

/**
 * The article's claims in reading order (compareReadingOrder), a page at a time, by keyset on
 * (start, end descending, id), so a report of 10,000 claims never holds more than one page.
 */
export async function* reportClaimPages(
  teamId: string,
  articleId: string,
  options: ReportOptions = {},
  pageSize = REPORT_PAGE_SIZE,
): AsyncGenerator<ReportInputClaim[]> {
  let after: { startOffset: number; endOffset: number; id: string } | null = null;
  for (;;) {
    const rows: ClaimRow[] = await db.claim.findMany({
      where: {
        teamId,
        articleId,
        ...(options.publishedOnly ? EVER_PUBLISHED : {}),
        ...(after
          ? {
              OR: [
                { startOffset: { gt: after.startOffset } },
                { startOffset: after.startOffset, endOffset: { lt: after.endOffset } },
                { startOffset: after.startOffset, endOffset: after.endOffset, id: { gt: after.id } },
              ],
            }
          : {}),
      },
      orderBy: [{ startOffset: "asc" }, { endOffset: "desc" }, { id: "asc" }],
      take: pageSize,
      select: reportClaimSelect,
    });
    if (rows.length > 0) yield rows.map(toReportClaim);
    if (rows.length < pageSize) return;
    const last = rows.at(-1)!;
    after = { startOffset: last.startOffset, endOffset: last.endOffset, id: last.id };
  }
}

/** A published claim as published (its latest version); any other as it reads now. */
function toReportClaim(row: ClaimRow): ReportInputClaim {
  if (row.publishedVersion > 0 && row.publications.length > 0) return publishedReportClaim(row, row.publications);
  return {
    id: row.id,
    ...liveContent(row),
    status: row.status,
    corrections: [],
    retraction: row.retractedAt ? { retractedAt: row.retractedAt, note: row.retractionNote ?? "" } : null,
  };
}

/** What publishing this claim now would freeze (see published-claim.ts), read inside the caller's transaction. */
export async function loadPublishableContent(tx: Tx, teamId: string, claimId: string): Promise<PublishedClaimContent> {
  const row = await tx.claim.findFirst({ where: { id: claimId, teamId }, select: reportClaimSelect });
  if (!row) throw new AppError("NOT_FOUND");
  return liveContent(row);
}

function entityOf({ arabicName, ...entity }: NonNullable<ClaimRow["claimant"]>): ReportInputEntity {
  return { ...entity, nameAr: arabicName };
}

function liveContent(row: ClaimRow): PublishedClaimContent {
  return {
    start: row.startOffset,
    end: row.endOffset,
    exact: row.exact,
    prefix: row.prefix,
    suffix: row.suffix,
    anchorStatus: row.anchorStatus,
    statement: row.statement,
    type: row.type,
    details: (row.details ?? {}) as Record<string, unknown>,
    claimant: row.claimant && entityOf(row.claimant),
    reportedVia: row.reportedVia && entityOf(row.reportedVia),
    claimedAt: row.claimedAt,
    verdict: row.verdict,
    confidence: row.confidence,
    rationale: row.rationale,
    ratedBy: row.ratedBy?.name ?? null,
    ratedAt: row.ratedAt,
    submittedAt: row.submittedAt,
    reviewedBy: row.reviewedBy?.name ?? null,
    reviewedAt: row.reviewedAt,
    publishedAt: row.publishedAt,
    evidence: row.evidence.map((item) => {
      // The snapshot that was current when the source was cited: what the citation vouches for.
      const { baseline } = captureHealth(item.source.snapshots, item.createdAt);
      return {
        stance: item.stance,
        sourceId: item.source.id,
        sourceTitle: item.source.title,
        originId: item.source.origin?.id ?? null,
        originName: item.source.origin?.name ?? null,
        originNameAr: item.source.origin?.arabicName ?? null,
        outlet: item.source.outlet,
        url: item.source.url,
        kind: item.source.kind,
        reliability: item.source.reliability,
        passage: item.passage,
        credibility: item.credibility,
        note: item.note,
        snapshot: baseline
          ? { sha256: baseline.sha256, capturedAt: baseline.capturedAt, httpStatus: baseline.httpStatus }
          : null,
      };
    }),
  };
}

/**
 * One page of the public report: the article's published claims in reading order, `limit` of
 * them from `offset`, with how many there are in all (the page links need it).
 */
export async function loadPublishedClaimsPage(
  teamId: string,
  articleId: string,
  page: { offset: number; limit: number },
): Promise<{ claims: ReportInputClaim[]; total: number }> {
  const where = { teamId, articleId, ...EVER_PUBLISHED } satisfies Prisma.ClaimWhereInput;
  const [rows, total] = await Promise.all([
    db.claim.findMany({
      where,
      orderBy: [{ startOffset: "asc" }, { endOffset: "desc" }, { id: "asc" }],
      skip: page.offset,
      take: page.limit,
      select: reportClaimSelect,
    }),
    db.claim.count({ where }),
  ]);
  return { claims: rows.map(toReportClaim), total };
}
