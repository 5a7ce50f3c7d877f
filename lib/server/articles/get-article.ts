import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { claimSelect, toClaimDto, type ClaimDto } from "@/lib/server/claims/claim-dto";
import { articleHeaderSelect, toArticleHeader } from "./article-selects";

export interface ArticleDto {
  id: string;
  title: string;
  url: string | null;
  publisher: string | null;
  author: string | null;
  publishedAt: string | null;
  language: string;
  direction: "rtl" | "ltr";
  version: number;
  revision: { id: string; number: number; text: string; sha256: string; createdAt: string };
  revisionCount: number;
  /** Every revision, newest first, to read an earlier one (getArticleRevision). */
  revisions: { id: string; number: number; createdAt: string }[];
  /** In reading order. */
  claims: ClaimDto[];
}

/** An article of the member's team with its current revision and claims; another team's id is "not found". */
export async function getArticle(member: Member, articleId: string): Promise<ArticleDto> {
  assertCan(member, "team.read");
  const article = await db.article.findFirst({
    where: { id: articleId, teamId: member.teamId },
    select: {
      ...articleHeaderSelect,
      version: true,
      revisions: {
        orderBy: { number: "desc" },
        take: 1,
        select: { id: true, number: true, text: true, sha256: true, createdAt: true },
      },
      _count: { select: { revisions: true } },
      claims: { select: claimSelect, orderBy: [{ startOffset: "asc" }, { endOffset: "desc" }] },
    },
  });
  const revision = article?.revisions[0];
  if (!article || !revision) throw new AppError("NOT_FOUND");
  const revisions =
    article._count.revisions > 1
      ? await db.articleRevision.findMany({
          where: { articleId: article.id },
          orderBy: { number: "desc" },
          select: { id: true, number: true, createdAt: true },
        })
      : [revision];
  return {
    ...toArticleHeader(article),
    version: article.version,
    revision: { ...revision, createdAt: revision.createdAt.toISOString() },
    revisionCount: article._count.revisions,
    revisions: revisions.map((entry) => ({
      id: entry.id,
      number: entry.number,
      createdAt: entry.createdAt.toISOString(),
    })),
    claims: article.claims.map(toClaimDto),
  };
}
