import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { buildSearchQuery } from "@/lib/domain/search/search-query";
import { highlightSnippet, type SnippetPart } from "@/lib/domain/search/snippet";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TSearchInput } from "@/lib/schemas/search";

export interface ClaimHit {
  id: string;
  snippet: SnippetPart[];
  type: string;
  status: string;
  verdict: { key: string; name: string; nameAr: string | null; color: string } | null;
  claimant: string | null;
  article: { id: string; title: string; language: string; direction: "rtl" | "ltr" };
}

export interface DocumentHit {
  id: string;
  title: string;
  snippet: SnippetPart[];
  language: string | null;
}

export interface SearchResults {
  claims: ClaimHit[];
  /** Keyset cursor for the next page of claims, or null at the end. */
  nextCursor: string | null;
  articles: DocumentHit[];
  sources: DocumentHit[];
}

const PAGE = 20;

interface Cursor {
  rank: number;
  id: string;
}

function decodeCursor(cursor: string | null | undefined): Cursor | null {
  if (!cursor) return null;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as Cursor;
    return typeof parsed.rank === "number" && typeof parsed.id === "string" && /^[0-9a-f-]{36}$/.test(parsed.id) ? parsed : null;
  } catch {
    return null;
  }
}

const encodeCursor = (cursor: Cursor) => Buffer.from(JSON.stringify(cursor)).toString("base64url");

/**
 * Full-text search over the team's claims (ranked, filtered, keyset-paginated), articles and
 * sources. Both sides are folded the same way (claimdesk_normalize / normalizeForMatch), so
 * hamza forms, diacritics and tatweel never stand between a person and what they look for.
 */
export async function searchTeam(member: Member, input: TSearchInput): Promise<SearchResults> {
  assertCan(member, "team.read");
  const query = buildSearchQuery(input.q);
  if (!query.tsquery) return { claims: [], nextCursor: null, articles: [], sources: [] };
  const cursor = decodeCursor(input.cursor);
  const filters = [
    input.type ? Prisma.sql`AND c.type = ${input.type}::"ClaimType"` : Prisma.empty,
    input.status ? Prisma.sql`AND c.status = ${input.status}::"ClaimStatus"` : Prisma.empty,
    input.verdict ? Prisma.sql`AND v.key = ${input.verdict}` : Prisma.empty,
    input.claimantId ? Prisma.sql`AND c."claimantId" = ${input.claimantId}::uuid` : Prisma.empty,
    input.articleId ? Prisma.sql`AND c."articleId" = ${input.articleId}::uuid` : Prisma.empty,
    input.from ? Prisma.sql`AND c."createdAt" >= ${new Date(`${input.from}T00:00:00Z`)}` : Prisma.empty,
    input.to ? Prisma.sql`AND c."createdAt" < ${new Date(new Date(`${input.to}T00:00:00Z`).getTime() + 86_400_000)}` : Prisma.empty,
  ];
  const ranked = await db.$queryRaw<{ id: string; rank: number }[]>`
    SELECT id, rank FROM (
      SELECT c.id, (ts_rank(to_tsvector('simple', c."searchText"), q) + similarity(c."searchText", ${query.normalized}))::float8 AS rank
      FROM "Claim" c
      CROSS JOIN to_tsquery('simple', ${query.tsquery}) q
      LEFT JOIN "RatingLabel" v ON v.id = c."verdictId"
      WHERE c."teamId" = ${member.teamId}::uuid AND to_tsvector('simple', c."searchText") @@ q ${Prisma.join(filters, " ")}
    ) hits
    WHERE ${cursor ? Prisma.sql`(rank < ${cursor.rank} OR (rank = ${cursor.rank} AND id < ${cursor.id}::uuid))` : Prisma.sql`TRUE`}
    ORDER BY rank DESC, id DESC
    LIMIT ${PAGE + 1}`;
  const page = ranked.slice(0, PAGE);
  const last = page.at(-1);
  return {
    claims: await claimHits(page.map((hit) => hit.id), query.terms),
    nextCursor: ranked.length > PAGE && last ? encodeCursor({ rank: last.rank, id: last.id }) : null,
    ...(cursor ? { articles: [], sources: [] } : await documentHits(member.teamId, query.tsquery, query.terms)),
  };
}

async function claimHits(ids: string[], terms: string[]): Promise<ClaimHit[]> {
  const rows = await db.claim.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      statement: true,
      exact: true,
      type: true,
      status: true,
      verdict: { select: { key: true, name: true, nameAr: true, color: true } },
      claimant: { select: { name: true } },
      article: { select: { id: true, title: true, language: true, direction: true } },
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const text = row.statement === row.exact ? row.statement : `${row.statement} — ${row.exact}`;
    return [{ id, snippet: highlightSnippet(text, terms), type: row.type, status: row.status, verdict: row.verdict, claimant: row.claimant?.name ?? null, article: row.article }];
  });
}

async function documentHits(teamId: string, tsquery: string, terms: string[]): Promise<Pick<SearchResults, "articles" | "sources">> {
  const articles = await db.$queryRaw<{ id: string; title: string; language: string; text: string }[]>`
    SELECT a.id, a.title, a.language, r.text
    FROM "Article" a
    CROSS JOIN to_tsquery('simple', ${tsquery}) q
    JOIN LATERAL (SELECT "searchText", text FROM "ArticleRevision" WHERE "articleId" = a.id ORDER BY number DESC LIMIT 1) r ON TRUE
    WHERE a."teamId" = ${teamId}::uuid AND (to_tsvector('simple', a."searchText") @@ q OR to_tsvector('simple', r."searchText") @@ q)
    ORDER BY ts_rank(to_tsvector('simple', a."searchText"), q) * 2 + ts_rank(to_tsvector('simple', r."searchText"), q) DESC, a.id
    LIMIT 10`;
  const sources = await db.$queryRaw<{ id: string; title: string; language: string | null; outlet: string | null; url: string | null }[]>`
    SELECT s.id, s.title, s.language, s.outlet, s.url
    FROM "Source" s CROSS JOIN to_tsquery('simple', ${tsquery}) q
    WHERE s."teamId" = ${teamId}::uuid AND to_tsvector('simple', s."searchText") @@ q
    ORDER BY ts_rank(to_tsvector('simple', s."searchText"), q) DESC, s.id
    LIMIT 10`;
  return {
    articles: articles.map((row) => ({ id: row.id, title: row.title, language: row.language, snippet: highlightSnippet(row.text, terms) })),
    sources: sources.map((row) => ({ id: row.id, title: row.title, language: row.language, snippet: highlightSnippet([row.title, row.outlet, row.url].filter(Boolean).join(" · "), terms) })),
  };
}
