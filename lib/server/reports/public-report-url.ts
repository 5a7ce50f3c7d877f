import "server-only";
import { appUrl } from "@/lib/config/env";
import { db } from "@/lib/db";

/**
 * The public address of an article's report: its oldest link still live, so the URL stays the
 * same while newer links come and go. Built from APP_URL, never from request headers. Null when
 * the article has no public link (then it has no public address at all).
 */
export async function publicReportUrl(teamId: string, articleId: string): Promise<string | null> {
  const link = await db.reportLink.findFirst({
    where: { teamId, articleId, revokedAt: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { token: true },
  });
  return link ? appUrl(`/r/${link.token}`) : null;
}

/** The same for several articles at once (a report of a case or a search): article id → address. */
export async function publicReportUrlsOf(teamId: string, articleIds: string[]): Promise<Map<string, string>> {
  if (articleIds.length === 0) return new Map();
  const links = await db.reportLink.findMany({
    where: { teamId, articleId: { in: articleIds }, revokedAt: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    distinct: ["articleId"],
    select: { articleId: true, token: true },
  });
  return new Map(links.map((link) => [link.articleId, appUrl(`/r/${link.token}`)]));
}
