import "server-only";
import { db, type Tx } from "@/lib/db";
import { publishedReportClaim, type PublishedClaimContent } from "@/lib/domain/reports/published-claim";
import type { ReportInput, ReportInputClaim, ReportInputEntity } from "@/lib/domain/reports/report-model";
import { captureHealth } from "@/lib/domain/sources/capture-health";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { resolveClaimSet, type ClaimSetOptions, type ResolvedClaimSet } from "./claim-sets";
import { ensureRatingScale } from "@/lib/server/ratings/ensure-rating-scale";
import { articleHeaderSelect } from "@/lib/server/articles/article-selects";

const reportClaimSelect = {
  id: true,
  articleId: true,
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
  // The desk's tags: in internal reports only (public ones drop them, without-internal-notes.ts).
  tags: { select: { tag: { select: { name: true } } } },
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

export type ReportOptions = ClaimSetOptions & { now?: Date };

/** Claims read per query when a report is streamed: memory holds one page, whatever the report's size. */
export const REPORT_PAGE_SIZE = 250;

/** Everything a report of a set of claims needs, as plain data for the pure report model. */
export async function loadReportInput(
  teamId: string,
  set: ResolvedClaimSet,
  options: ReportOptions = {},
): Promise<ReportInput> {
  const header = await loadReportHeaderInput(teamId, set, options);
  const claims: ReportInputClaim[] = [];
  for await (const page of reportClaimPages(teamId, set, options)) claims.push(...page);
  return { ...header, claims };
}

/** An article's report input (its set resolved here): for its own report and the tests. */
export async function loadArticleReportInput(
  teamId: string,
  articleId: string,
  options: ReportOptions = {},
): Promise<ReportInput> {
  return loadReportInput(teamId, await resolveClaimSet(teamId, { kind: "article", articleId }, options), options);
}

/** The claims of the set, for one team, as SQL over a claim aliased `c`. */
function setClaims(teamId: string, set: ResolvedClaimSet, options: ClaimSetOptions): Prisma.Sql {
  return Prisma.sql`c."teamId" = ${teamId}::uuid AND ${set.condition}${
    options.publishedOnly ? Prisma.sql` AND c."publishedVersion" > 0` : Prisma.empty
  }`;
}

/** The report's articles (every one its claims come from), team and scale: all of it but the claims. */
export async function loadReportHeaderInput(
  teamId: string,
  set: ResolvedClaimSet,
  options: ReportOptions = {},
): Promise<Omit<ReportInput, "claims">> {
  await ensureRatingScale(teamId);
  const articleIds = await db.$queryRaw<{ articleId: string }[]>`
    SELECT DISTINCT c."articleId" FROM "Claim" c WHERE ${setClaims(teamId, set, options)}`;
  const ids = [...new Set([...articleIds.map((row) => row.articleId), ...(set.articleId ? [set.articleId] : [])])];
  const [team, articles, scale] = await Promise.all([
    db.team.findUniqueOrThrow({ where: { id: teamId }, select: { id: true, name: true } }),
    db.article.findMany({
      where: { id: { in: ids }, teamId },
      select: {
        ...articleHeaderSelect,
        revisions: { orderBy: { number: "desc" }, take: 1, select: { number: true, sha256: true, createdAt: true } },
      },
    }),
    db.ratingLabel.findMany({ where: { teamId }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] }),
  ]);
  if (set.articleId && !articles.some((article) => article.id === set.articleId)) throw new AppError("NOT_FOUND");
  return {
    generatedAt: options.now ?? new Date(),
    team,
    scope: set.scope,
    articles: articles.flatMap(({ revisions, ...article }) =>
      revisions[0] ? [{ ...article, revision: revisions[0] }] : [],
    ),
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

/** How many claims the set holds (an export's progress counts them off). */
export async function countSetClaims(teamId: string, set: ResolvedClaimSet, options: ClaimSetOptions = {}) {
  const [row] = await db.$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total FROM "Claim" c WHERE ${setClaims(teamId, set, options)}`;
  return row?.total ?? 0;
}

/**
 * Whether a ClaimReview file of the set would point nowhere: some published claim of it (or, for
 * an article's own report, the article) has no live public link to be reviewed on.
 */
export async function lacksPublicLink(teamId: string, set: ResolvedClaimSet): Promise<boolean> {
  const liveLink = Prisma.sql`EXISTS (SELECT 1 FROM "ReportLink" l WHERE l."articleId" = a.id AND l."revokedAt" IS NULL)`;
  const [row] = set.articleId
    ? await db.$queryRaw<{ lacks: boolean }[]>`
        SELECT NOT ${liveLink} AS lacks FROM "Article" a WHERE a.id = ${set.articleId}::uuid`
    : await db.$queryRaw<{ lacks: boolean }[]>`
        SELECT EXISTS (
          SELECT 1 FROM "Claim" c JOIN "Article" a ON a.id = c."articleId"
          WHERE ${setClaims(teamId, set, { publishedOnly: true })} AND c."retractedAt" IS NULL AND NOT ${liveLink}
        ) AS lacks`;
  return row?.lacks ?? true;
}

/** The report's order in SQL: by article, then reading order (compareReportOrder). */
const REPORT_ORDER = Prisma.sql`c."articleId", c."startOffset", c."endOffset" DESC, c.id`;

/**
 * The set's claims in the report's order, a page at a time, by keyset on (article, start, end
 * descending, id), so a report of 10,000 claims never holds more than one page.
 */
export async function* reportClaimPages(
  teamId: string,
  set: ResolvedClaimSet,
  options: ClaimSetOptions = {},
  pageSize = REPORT_PAGE_SIZE,
): AsyncGenerator<ReportInputClaim[]> {
  let after: Prisma.Sql = Prisma.empty;
  for (;;) {
    const ids = await db.$queryRaw<{ id: string; articleId: string; startOffset: number; endOffset: number }[]>`
      SELECT c.id, c."articleId", c."startOffset", c."endOffset" FROM "Claim" c
      WHERE ${setClaims(teamId, set, options)} ${after}
      ORDER BY ${REPORT_ORDER} LIMIT ${pageSize}`;
    if (ids.length > 0) yield await claimsInOrder(ids.map((row) => row.id));
    if (ids.length < pageSize) return;
    const last = ids.at(-1)!;
    after = Prisma.sql`AND (c."articleId", c."startOffset", -c."endOffset", c.id) > (${last.articleId}::uuid, ${last.startOffset}, ${-last.endOffset}, ${last.id}::uuid)`;
  }
}

/** The claims of `ids`, read in one query, handed back in the order of `ids`. */
async function claimsInOrder(ids: string[]): Promise<ReportInputClaim[]> {
  const rows = await db.claim.findMany({ where: { id: { in: ids } }, select: reportClaimSelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toReportClaim(row)] : [];
  });
}

/** A published claim as published (its latest version); any other as it reads now. */
function toReportClaim(row: ClaimRow): ReportInputClaim {
  const tags = row.tags.map(({ tag }) => tag.name);
  if (row.publishedVersion > 0 && row.publications.length > 0)
    return { ...publishedReportClaim(row, row.publications), tags };
  return {
    tags,
    id: row.id,
    articleId: row.articleId,
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
 * One page of a public report: the set's published claims in the report's order, `limit` of
 * them from `offset`, with how many there are in all (the page links need it).
 */
export async function loadPublishedClaimsPage(
  teamId: string,
  set: ResolvedClaimSet,
  page: { offset: number; limit: number },
): Promise<{ claims: ReportInputClaim[]; total: number }> {
  const where = setClaims(teamId, set, { publishedOnly: true });
  const [ids, [count]] = await Promise.all([
    db.$queryRaw<{ id: string }[]>`
      SELECT c.id FROM "Claim" c WHERE ${where} ORDER BY ${REPORT_ORDER} OFFSET ${page.offset} LIMIT ${page.limit}`,
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "Claim" c WHERE ${where}`,
  ]);
  return { claims: await claimsInOrder(ids.map((row) => row.id)), total: count?.total ?? 0 };
}
