import "server-only";
import { db } from "@/lib/db";
import type { ReportScope } from "@/lib/domain/reports/report-model";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TParsedClaimSet } from "@/lib/schemas/report-sets";
import { claimInCaseSql } from "@/lib/server/cases/case-scope";
import { searchMatchCondition } from "@/lib/server/search/search-team";

/**
 * A set of claims made ready for a report: what its title says (the scope) and which claims it
 * holds, as one SQL condition over a claim aliased `c` (the team is added by the reader). Every
 * kind resolves through here, so a case's report and an article's are the same report of
 * different claims.
 */
export interface ResolvedClaimSet {
  scope: ReportScope;
  condition: Prisma.Sql;
  /** An article shown even when none of its claims is (an article's own report, with no claims yet). */
  articleId?: string;
}

export interface ClaimSetOptions {
  /** Only claims ever published, as last published (public links). */
  publishedOnly?: boolean;
}

export async function resolveClaimSet(
  teamId: string,
  set: TParsedClaimSet,
  options: ClaimSetOptions = {},
): Promise<ResolvedClaimSet> {
  const description = (all: string, published: string) => (options.publishedOnly ? published : all);
  const scope = (kind: ReportScope["kind"], title: string, filters: Record<string, string> = {}): ReportScope => ({
    kind,
    title,
    description:
      kind === "article"
        ? description("All claims of the article", "Published claims of the article")
        : description("All claims", "Published claims"),
    filters: options.publishedOnly ? { ...filters, status: "PUBLISHED,CORRECTED,RETRACTED" } : filters,
  });
  switch (set.kind) {
    case "article": {
      const article = await found(
        db.article.findFirst({ where: { id: set.articleId, teamId }, select: { title: true } }),
      );
      return {
        scope: scope("article", article.title),
        condition: Prisma.sql`c."articleId" = ${set.articleId}::uuid`,
        articleId: set.articleId,
      };
    }
    case "case": {
      const found_ = await found(db.case.findFirst({ where: { id: set.caseId, teamId }, select: { title: true } }));
      return { scope: scope("case", found_.title), condition: claimInCaseSql(set.caseId) };
    }
    case "claimant": {
      const entity = await found(db.entity.findFirst({ where: { id: set.entityId, teamId }, select: { name: true } }));
      return {
        scope: scope("claimant", entity.name),
        condition: Prisma.sql`c."claimantId" = ${set.entityId}::uuid`,
      };
    }
    case "tag": {
      const tag = await found(db.tag.findFirst({ where: { id: set.tagId, teamId }, select: { name: true } }));
      return {
        scope: scope("tag", tag.name),
        condition: Prisma.sql`EXISTS (SELECT 1 FROM "ClaimTag" ct WHERE ct."claimId" = c.id AND ct."tagId" = ${set.tagId}::uuid)`,
      };
    }
    case "search":
      return {
        scope: scope("search", set.search.q, await searchFilterNames(teamId, set.search)),
        condition: await searchMatchCondition(teamId, set.search),
      };
  }
}

/** A case's published edition: exactly the claims an editor published for it, under the title published with them. */
export function caseEditionSet(edition: { title: string; claimIds: readonly string[] }): ResolvedClaimSet {
  return {
    scope: { kind: "case", title: edition.title, description: "Published claims", filters: {} },
    condition: Prisma.sql`c.id = ANY(${[...edition.claimIds]}::uuid[])`,
  };
}

async function found<T>(record: Promise<T | null>): Promise<T> {
  const value = await record;
  if (!value) throw new AppError("NOT_FOUND");
  return value;
}

/** The search's filters as a reader reads them: names for ids (of this team only), codes for the rest. */
async function searchFilterNames(
  teamId: string,
  search: Extract<TParsedClaimSet, { kind: "search" }>["search"],
): Promise<Record<string, string>> {
  const [claimant, tag, article] = await Promise.all([
    search.claimantId
      ? db.entity.findFirst({ where: { id: search.claimantId, teamId }, select: { name: true } })
      : null,
    search.tagId ? db.tag.findFirst({ where: { id: search.tagId, teamId }, select: { name: true } }) : null,
    search.articleId
      ? db.article.findFirst({ where: { id: search.articleId, teamId }, select: { title: true } })
      : null,
  ]);
  // Another team's claimant, tag or article would filter everything out under a title that does not say so.
  if ((search.claimantId && !claimant) || (search.tagId && !tag) || (search.articleId && !article))
    throw new AppError("NOT_FOUND");
  const filters: Record<string, string | null | undefined> = {
    claimant: claimant?.name,
    tag: tag?.name,
    article: article?.title,
    type: search.type,
    status: search.status,
    verdict: search.verdict,
    from: search.from,
    to: search.to,
  };
  return Object.fromEntries(Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1])));
}
