import "server-only";
import { db } from "@/lib/db";

/** An article of the team that an import would duplicate, and what gave it away. */
export interface DuplicateArticle {
  articleId: string;
  title: string;
  match: "url" | "text";
}

/**
 * The team's article with one of these canonical URLs, or else with a revision of exactly this
 * canonical text (its SHA-256): each one index lookup (Article by team and canonical URL,
 * ArticleRevision by hash), never a scan of the team's articles.
 */
export async function findDuplicateArticle(
  teamId: string,
  lookFor: { canonicalUrls: readonly string[]; sha256?: string | null },
): Promise<DuplicateArticle | null> {
  const urls = [...new Set(lookFor.canonicalUrls)];
  if (urls.length > 0) {
    const byUrl = await db.article.findFirst({
      where: { teamId, canonicalUrl: { in: urls } },
      orderBy: { createdAt: "asc" },
      select: { id: true, title: true },
    });
    if (byUrl) return { articleId: byUrl.id, title: byUrl.title, match: "url" };
  }
  if (!lookFor.sha256) return null;
  const byText = await db.articleRevision.findFirst({
    where: { sha256: lookFor.sha256, article: { teamId } },
    orderBy: { createdAt: "asc" },
    select: { article: { select: { id: true, title: true } } },
  });
  return byText ? { articleId: byText.article.id, title: byText.article.title, match: "text" } : null;
}
