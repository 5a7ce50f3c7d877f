import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import {
  buildSearchQuery,
  expandWithAliases,
  MAX_EXPANDED_ALIASES,
  MAX_EXPANDED_ENTITIES,
  mayNameEntities,
} from "@/lib/domain/search/search-query";
import { highlightMatch, type SnippetPart } from "@/lib/domain/search/snippet";
import { Prisma } from "@/lib/generated/prisma/client";
import { z } from "zod";
import type { TSearchInput } from "@/lib/schemas/search";
import { sortTagChips, tagChipSelect, type TagChip } from "@/lib/server/tags/tag-dto";

export interface ClaimHit {
  id: string;
  snippet: SnippetPart[];
  type: string;
  status: string;
  verdict: { key: string; name: string; nameAr: string | null; color: string } | null;
  claimant: { name: string; arabicName: string | null } | null;
  article: { id: string; title: string; language: string; direction: "rtl" | "ltr" };
  /** The desk's tags (internal: the search page, never public). */
  tags: TagChip[];
}

export interface DocumentHit {
  id: string;
  title: string;
  snippet: SnippetPart[];
  language: string | null;
}

export interface SearchResults {
  claims: ClaimHit[];
  /**
   * "relevance" when the matches are few enough to rank them all; "recent" (newest first) when
   * there are more than RANK_LIMIT, where a rank over thousands of loose matches means little.
   */
  order: "relevance" | "recent";
  /** Keyset cursor for the next page of claims, or null at the end. */
  nextCursor: string | null;
  articles: DocumentHit[];
  sources: DocumentHit[];
}

const PAGE = 20;

/** Up to this many matching claims are ranked by relevance; beyond it, newest first. */
export const RANK_LIMIT = 500;

const ZCursor = z.discriminatedUnion("order", [
  z.object({ order: z.literal("relevance"), rank: z.number(), id: z.uuid() }),
  z.object({ order: z.literal("recent"), createdAt: z.iso.datetime(), id: z.uuid() }),
]);
type Cursor = z.infer<typeof ZCursor>;

function decodeCursor(cursor: string | null | undefined): Cursor | null {
  if (!cursor) return null;
  try {
    const parsed = ZCursor.safeParse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const encodeCursor = (cursor: Cursor) => Buffer.from(JSON.stringify(cursor)).toString("base64url");

/**
 * Full-text search over the team's claims (ranked, filtered, keyset-paginated), articles and
 * sources. Both sides are folded and stemmed the same way (claimdesk_normalize + claimdesk_stem
 * / normalizeForMatch + stemArabic), so hamza forms, diacritics, tatweel and attached و، ال، بال …
 * never stand between a person and what they look for. A query that names entities of the team
 * (by any alias) also finds the claims they made or relayed and text naming them otherwise.
 */
export async function searchTeam(member: Member, input: TSearchInput): Promise<SearchResults> {
  assertCan(member, "team.read");
  const query = buildSearchQuery(input.q);
  if (!query.tsquery) return { claims: [], order: "relevance", nextCursor: null, articles: [], sources: [] };
  const cursor = decodeCursor(input.cursor);
  const named = mayNameEntities(query) ? await namedEntities(member.teamId, query.tsquery) : [];
  const expanded = expandWithAliases(
    { ...query, tsquery: query.tsquery },
    named.flatMap((entity) => entity.aliases),
  );
  const entityIds = named.map((entity) => entity.id);
  const match = claimMatch(expanded.tsquery, entityIds);
  const highlight: Highlight = (text) => highlightMatch(text, query, expanded.aliasPhrases);
  // Claims and documents are independent queries: run them side by side.
  const documents = cursor
    ? Promise.resolve({ articles: [], sources: [] })
    : documentHits(member.teamId, expanded.tsquery, highlight);
  const filters = claimFilters(input);
  const page =
    cursor?.order === "recent"
      ? await recentClaims(member.teamId, match, filters, cursor)
      : await firstOrRankedPage(member.teamId, expanded.tsquery, entityIds, match, filters, cursor);
  return {
    claims: await claimHits(page.ids, highlight),
    order: page.order,
    nextCursor: page.nextCursor,
    ...(await documents),
  };
}

/**
 * Every claim the search finds, as one SQL condition over a claim aliased `c` (for a report of
 * the search: the same words, named entities and filters as the search page, without its paging).
 * Empty words match every claim, so a report of the filters alone is possible.
 */
export async function searchMatchCondition(teamId: string, input: Omit<TSearchInput, "cursor">): Promise<Prisma.Sql> {
  const query = buildSearchQuery(input.q);
  const filters = claimFilters({ ...input, cursor: null });
  if (!query.tsquery) return Prisma.sql`TRUE ${filters}`;
  const named = mayNameEntities(query) ? await namedEntities(teamId, query.tsquery) : [];
  const expanded = expandWithAliases(
    { ...query, tsquery: query.tsquery },
    named.flatMap((entity) => entity.aliases),
  );
  const match = claimMatch(
    expanded.tsquery,
    named.map((entity) => entity.id),
  );
  return Prisma.sql`${match.any} ${filters}`;
}

/**
 * The few entities of the team the query names: an alias whose words (stemmed, prefix-matched
 * like claims' words) hold every term, closest (shortest alias) first, with their aliases.
 * One statement; EntityAlias_words_idx finds the aliases, the (entityId, normalized) key lists them.
 */
async function namedEntities(teamId: string, tsquery: string): Promise<{ id: string; aliases: string[] }[]> {
  return db.$queryRaw<{ id: string; aliases: string[] }[]>`
    WITH named AS (
      SELECT a."entityId" AS id, min(length(a.normalized)) AS closeness FROM "EntityAlias" a
      WHERE a."teamId" = ${teamId}::uuid
        AND to_tsvector('simple', claimdesk_stem(a.normalized)) @@ to_tsquery('simple', ${tsquery})
      GROUP BY a."entityId"
      ORDER BY closeness, a."entityId"
      LIMIT ${MAX_EXPANDED_ENTITIES}
    )
    SELECT n.id, ARRAY(
      SELECT x.normalized FROM "EntityAlias" x WHERE x."entityId" = n.id
      ORDER BY length(x.normalized), x.normalized LIMIT ${MAX_EXPANDED_ALIASES}
    ) AS aliases
    FROM named n ORDER BY n.closeness, n.id`;
}

/**
 * A claim matches by its words, or by being made or relayed by a named entity. `arms` are the
 * same conditions one by one, each served by its own index (GIN on the words, the claimant and
 * intermediary indexes), for the ranked search, which reads at most RANK_LIMIT + 1 of each.
 */
interface ClaimMatch {
  any: Prisma.Sql;
  arms: Prisma.Sql[];
}

function claimMatch(tsquery: string, entityIds: string[]): ClaimMatch {
  const words = Prisma.sql`c."searchVector" @@ to_tsquery('simple', ${tsquery})`;
  if (entityIds.length === 0) return { any: words, arms: [words] };
  const arms = [
    words,
    Prisma.sql`c."claimantId" = ANY(${entityIds}::uuid[])`,
    Prisma.sql`c."reportedViaId" = ANY(${entityIds}::uuid[])`,
  ];
  return { any: Prisma.sql`(${Prisma.join(arms, " OR ")})`, arms };
}

type Highlight = (text: string) => SnippetPart[];

interface ClaimPage {
  ids: string[];
  order: SearchResults["order"];
  nextCursor: string | null;
}

function claimFilters(input: TSearchInput): Prisma.Sql {
  const filters = [
    input.type ? Prisma.sql`AND c.type = ${input.type}::"ClaimType"` : Prisma.empty,
    input.status ? Prisma.sql`AND c.status = ${input.status}::"ClaimStatus"` : Prisma.empty,
    input.verdict
      ? Prisma.sql`AND c."verdictId" IN (SELECT id FROM "RatingLabel" WHERE key = ${input.verdict})`
      : Prisma.empty,
    input.claimantId ? Prisma.sql`AND c."claimantId" = ${input.claimantId}::uuid` : Prisma.empty,
    input.articleId ? Prisma.sql`AND c."articleId" = ${input.articleId}::uuid` : Prisma.empty,
    // By the primary key of ClaimTag (claimId, tagId): one index probe per candidate claim.
    input.tagId
      ? Prisma.sql`AND EXISTS (SELECT 1 FROM "ClaimTag" ct WHERE ct."claimId" = c.id AND ct."tagId" = ${input.tagId}::uuid)`
      : Prisma.empty,
    input.from ? Prisma.sql`AND c."createdAt" >= ${new Date(`${input.from}T00:00:00Z`)}` : Prisma.empty,
    input.to
      ? Prisma.sql`AND c."createdAt" < ${new Date(new Date(`${input.to}T00:00:00Z`).getTime() + 86_400_000)}`
      : Prisma.empty,
  ];
  return Prisma.join(filters, " ");
}

/**
 * A page ranked by relevance, or newest first when the matches are many: on a first page, the
 * statistics are asked first (cheap), so that many matches are never counted one by one.
 */
async function firstOrRankedPage(
  teamId: string,
  tsquery: string,
  entityIds: string[],
  match: ClaimMatch,
  filters: Prisma.Sql,
  cursor: Cursor | null,
): Promise<ClaimPage> {
  if (!cursor && (await manyByStatistics(teamId, claimMatch(wholeWords(tsquery), entityIds), filters))) {
    const newest = await newestWithinWalk(teamId, match, filters);
    if (newest) return newest;
  }
  return (
    (await rankedClaims(teamId, tsquery, match, filters, cursor)) ?? (await recentClaims(teamId, match, filters, null))
  );
}

/** How many of the team's newest claims newestWithinWalk reads at most. */
const WALK_LIMIT = 20_000;

/**
 * The query with its prefix matches made whole words, for estimates only: the planner knows how
 * often each word occurs (the most common elements of the column's statistics) but can only
 * guess for a prefix, and guesses low. Whole words give a lower bound on the matches.
 */
const wholeWords = (tsquery: string) => tsquery.replaceAll(":*", "");

/**
 * Whether the planner's statistics put the matches above RANK_LIMIT (from whole words, so at
 * least that many, prefixes only add to them). Counting them exactly
 * means reading the whole posting list of every word (GIN cannot stop early), which for words in
 * a third of 100,000 claims costs tens of milliseconds; the estimate costs a plan. The planner
 * can be wrong both ways: an underestimate only costs the exact count, an overestimate is caught
 * by newestWithinWalk finding fewer than a page, and then the matches are counted after all.
 */
async function manyByStatistics(teamId: string, match: ClaimMatch, filters: Prisma.Sql): Promise<boolean> {
  const [row] = await db.$queryRaw<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }[]>`
    EXPLAIN (FORMAT JSON) SELECT 1 FROM "Claim" c WHERE c."teamId" = ${teamId}::uuid AND ${match.any} ${filters}`;
  return (row?.["QUERY PLAN"][0].Plan["Plan Rows"] ?? 0) > RANK_LIMIT;
}

/**
 * The first page newest first, looking only at the team's WALK_LIMIT newest claims: matches that
 * are many are dense, and a page is found in the first few hundred. Null when the walk finds less
 * than a full page, so that a wrong estimate never hides a match.
 */
async function newestWithinWalk(teamId: string, match: ClaimMatch, filters: Prisma.Sql): Promise<ClaimPage | null> {
  const rows = await db.$queryRaw<{ id: string; createdAt: Date }[]>`
    SELECT c.id, c."createdAt" FROM (
      SELECT * FROM "Claim" WHERE "teamId" = ${teamId}::uuid ORDER BY "createdAt" DESC, id DESC LIMIT ${WALK_LIMIT}
    ) c
    WHERE ${match.any} ${filters}
    ORDER BY c."createdAt" DESC, c.id DESC
    LIMIT ${PAGE + 1}`;
  return rows.length > PAGE ? recentPage(rows) : null;
}

/**
 * Ranks every match when there are at most RANK_LIMIT of them; returns null when there are
 * more. Only the first RANK_LIMIT + 1 matches are ever read, so a word found in half the
 * claims costs what a rare one does. The bitmap index scan is forced because the planner,
 * seeing LIMIT, may otherwise walk the whole table for a word it wrongly believes common.
 */
async function rankedClaims(
  teamId: string,
  tsquery: string,
  match: ClaimMatch,
  filters: Prisma.Sql,
  cursor: Cursor | null,
): Promise<ClaimPage | null> {
  const after =
    cursor?.order === "relevance"
      ? Prisma.sql`(rank < ${cursor.rank} OR (rank = ${cursor.rank} AND id < ${cursor.id}::uuid))`
      : Prisma.sql`TRUE`;
  const rows = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('enable_seqscan', 'off', true)`;
    return tx.$queryRaw<{ id: string | null; rank: number; matches: number }[]>`
      WITH matches AS MATERIALIZED (${matchingClaims(teamId, match, filters)}), total AS (
        SELECT count(*)::int AS matches FROM matches
      )
      SELECT ranked.id, ranked.rank, total.matches FROM total
      LEFT JOIN LATERAL (
        -- Ranked only when they are few enough to be ranked: beyond, the rank is never read.
        SELECT id, ts_rank("searchVector", to_tsquery('simple', ${tsquery}))::float8 AS rank FROM matches
        WHERE total.matches <= ${RANK_LIMIT}
      ) ranked ON TRUE
      WHERE ranked.id IS NULL OR ${after}
      ORDER BY rank DESC, id DESC
      LIMIT ${PAGE + 1}`;
  });
  if ((rows[0]?.matches ?? 0) > RANK_LIMIT) return null;
  const ranked = rows.filter((row): row is typeof row & { id: string } => row.id !== null);
  const page = ranked.slice(0, PAGE);
  const last = page.at(-1);
  return {
    ids: page.map((row) => row.id),
    order: "relevance",
    nextCursor:
      ranked.length > PAGE && last ? encodeCursor({ order: "relevance", rank: last.rank, id: last.id }) : null,
  };
}

/**
 * Up to RANK_LIMIT + 1 matching claims with their words. With named entities, each condition
 * reads its own index up to the limit and the union is taken: an OR over three indexes leads the
 * planner to walk the team's claims instead. If no condition reaches the limit, the union is all.
 */
function matchingClaims(teamId: string, match: ClaimMatch, filters: Prisma.Sql): Prisma.Sql {
  const arm = (condition: Prisma.Sql) =>
    Prisma.sql`SELECT c.id, c."searchVector" FROM "Claim" c
      WHERE c."teamId" = ${teamId}::uuid AND ${condition} ${filters} LIMIT ${RANK_LIMIT + 1}`;
  if (match.arms.length === 1) return arm(match.arms[0]!);
  const ids = Prisma.join(
    match.arms.map((condition) => Prisma.sql`(SELECT id FROM (${arm(condition)}) AS a)`),
    " UNION ",
  );
  return Prisma.sql`SELECT c.id, c."searchVector" FROM "Claim" c WHERE c.id IN (${ids}) LIMIT ${RANK_LIMIT + 1}`;
}

/** Newest matches first, keyset on (createdAt, id): walks the team's claims by date, which is quick precisely because matches are many. */
async function recentClaims(
  teamId: string,
  match: ClaimMatch,
  filters: Prisma.Sql,
  cursor: Cursor | null,
): Promise<ClaimPage> {
  const after =
    cursor?.order === "recent"
      ? Prisma.sql`AND (c."createdAt" < ${new Date(cursor.createdAt)} OR (c."createdAt" = ${new Date(cursor.createdAt)} AND c.id < ${cursor.id}::uuid))`
      : Prisma.empty;
  const rows = await db.$queryRaw<{ id: string; createdAt: Date }[]>`
    SELECT c.id, c."createdAt" FROM "Claim" c
    WHERE c."teamId" = ${teamId}::uuid AND ${match.any} ${filters} ${after}
    ORDER BY c."createdAt" DESC, c.id DESC
    LIMIT ${PAGE + 1}`;
  return recentPage(rows);
}

function recentPage(rows: { id: string; createdAt: Date }[]): ClaimPage {
  const page = rows.slice(0, PAGE);
  const last = page.at(-1);
  return {
    ids: page.map((row) => row.id),
    order: "recent",
    nextCursor:
      rows.length > PAGE && last
        ? encodeCursor({ order: "recent", createdAt: last.createdAt.toISOString(), id: last.id })
        : null,
  };
}

async function claimHits(ids: string[], highlight: Highlight): Promise<ClaimHit[]> {
  const rows = await db.claim.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      statement: true,
      exact: true,
      type: true,
      status: true,
      verdict: { select: { key: true, name: true, nameAr: true, color: true } },
      claimant: { select: { name: true, arabicName: true } },
      article: { select: { id: true, title: true, language: true, direction: true } },
      // The page's tags in one more query, not one per row.
      tags: { select: { tag: { select: tagChipSelect } } },
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const text = row.statement === row.exact ? row.statement : `${row.statement} — ${row.exact}`;
    return [
      {
        id,
        snippet: highlight(text),
        type: row.type,
        status: row.status,
        verdict: row.verdict,
        claimant: row.claimant,
        article: row.article,
        tags: sortTagChips(row.tags.map((entry) => entry.tag)),
      },
    ];
  });
}

async function documentHits(
  teamId: string,
  tsquery: string,
  highlight: Highlight,
): Promise<Pick<SearchResults, "articles" | "sources">> {
  const [articles, sources] = await Promise.all([articleRows(teamId, tsquery), sourceRows(teamId, tsquery)]);
  return {
    articles: articles.map((row) => ({
      id: row.id,
      title: row.title,
      language: row.language,
      snippet: highlight(row.text),
    })),
    sources: sources.map((row) => ({
      id: row.id,
      title: row.title,
      language: row.language,
      snippet: highlight([row.title, row.outlet, row.url].filter(Boolean).join(" · ")),
    })),
  };
}

/** Matching documents read before the best ten are ranked: bounded work for a common word. */
const DOCUMENT_CANDIDATES = 500;

/**
 * Articles whose title or latest text holds the words: each side found through its own GIN index
 * (an OR across the two tables would walk all the team's articles), then the best ten ranked.
 */
function articleRows(teamId: string, tsquery: string) {
  return db.$queryRaw<{ id: string; title: string; language: string; text: string }[]>`
    WITH candidates AS MATERIALIZED (
      (SELECT a.id FROM "Article" a WHERE a."teamId" = ${teamId}::uuid AND a."searchVector" @@ to_tsquery('simple', ${tsquery})
        LIMIT ${DOCUMENT_CANDIDATES})
      UNION
      (SELECT r."articleId" FROM "ArticleRevision" r JOIN "Article" a ON a.id = r."articleId"
        WHERE a."teamId" = ${teamId}::uuid AND r."searchVector" @@ to_tsquery('simple', ${tsquery})
          AND r.number = (SELECT max(x.number) FROM "ArticleRevision" x WHERE x."articleId" = r."articleId")
        LIMIT ${DOCUMENT_CANDIDATES})
    )
    SELECT a.id, a.title, a.language, r.text
    FROM candidates c JOIN "Article" a ON a.id = c.id CROSS JOIN to_tsquery('simple', ${tsquery}) q
    JOIN LATERAL (SELECT "searchVector", text FROM "ArticleRevision" WHERE "articleId" = a.id ORDER BY number DESC LIMIT 1) r ON TRUE
    ORDER BY ts_rank(a."searchVector", q) * 2 + ts_rank(r."searchVector", q) DESC, a.id
    LIMIT 10`;
}

function sourceRows(teamId: string, tsquery: string) {
  return db.$queryRaw<
    { id: string; title: string; language: string | null; outlet: string | null; url: string | null }[]
  >`
    WITH candidates AS MATERIALIZED (
      SELECT s.id, s."searchVector" FROM "Source" s
      WHERE s."teamId" = ${teamId}::uuid AND s."searchVector" @@ to_tsquery('simple', ${tsquery})
      LIMIT ${DOCUMENT_CANDIDATES}
    )
    SELECT s.id, s.title, s.language, s.outlet, s.url
    FROM candidates c JOIN "Source" s ON s.id = c.id CROSS JOIN to_tsquery('simple', ${tsquery}) q
    ORDER BY ts_rank(c."searchVector", q) DESC, s.id
    LIMIT 10`;
}
