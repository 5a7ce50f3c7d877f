import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { canonicalizeArticleText, sha256Hex } from "@/lib/domain/articles/canonical-text";
import { detectLanguage, directionOfLanguage } from "@/lib/domain/articles/detect-language";
import { canonicalizeUrl } from "@/lib/domain/sources/canonical-url";
import { AppError } from "@/lib/errors";
import { MAX_ARTICLE_CHARS, type TImportArticleInput } from "@/lib/schemas/articles";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { ArticleFetchError, fetchArticleFromUrl } from "@/lib/server/net/fetch-article";
import { findDuplicateArticle } from "./find-duplicate-article";
import { readArticleFile } from "./read-article-file";
import { announceArticleImported } from "@/lib/server/webhooks/announce";

interface ArticleContent {
  text: string;
  origin: "PASTE" | "FILE" | "URL";
  title?: string | null;
  publisher?: string | null;
  author?: string | null;
  url?: string | null;
  publishedAt?: string | null;
  language?: string | null;
}

/**
 * Creates an article and its first revision from pasted text, an uploaded file or a URL.
 * Everything that can fail (fetching, extraction, an empty text) happens before the
 * transaction, so a failed import creates nothing. The same article again (the same page by its
 * canonical URL, or the same canonical text) is refused with CONFLICT and the existing article in
 * the details, unless `allowDuplicate` says the fact-checker chose to import it anyway; a URL
 * already in the desk is found before fetching it.
 */
export async function importArticle(
  member: Member,
  input: TImportArticleInput,
  fetchArticle: typeof fetchArticleFromUrl = fetchArticleFromUrl,
): Promise<{ articleId: string }> {
  assertCan(member, "article.create");
  if (input.source === "url" && !input.allowDuplicate)
    await refuseDuplicate(member.teamId, { canonicalUrls: canonicalUrlsOf(input.fetchUrl, input.url) });
  const content = await contentOf(input, fetchArticle);
  const text = canonicalizeArticleText(content.text);
  if (!text) throw new AppError("BAD_INPUT", "Empty article text", { reason: "emptyText" });
  // The cap holds for every path, after extraction: an uploaded file or a fetched page can be far longer than a paste.
  if (text.length > MAX_ARTICLE_CHARS)
    throw new AppError("BAD_INPUT", "Article text too long", { reason: "textTooLong" });

  const language = input.language ?? content.language ?? detectLanguage(text);
  const title = input.title ?? content.title ?? firstLineOf(text);
  const publishedAt = input.publishedAt ?? content.publishedAt?.slice(0, 10) ?? null;
  const sha256 = sha256Hex(text);
  const url = input.url ?? content.url ?? null;
  const canonicalUrl = url ? canonicalizeUrl(url) : null;
  if (!input.allowDuplicate)
    await refuseDuplicate(member.teamId, { canonicalUrls: canonicalUrlsOf(url, content.url), sha256 });

  return db.$transaction(async (tx) => {
    const article = await tx.article.create({
      data: {
        teamId: member.teamId,
        title,
        url,
        canonicalUrl,
        publisher: input.publisher ?? content.publisher ?? null,
        author: input.author ?? content.author ?? null,
        publishedAt:
          publishedAt && /^\d{4}-\d{2}-\d{2}$/.test(publishedAt) ? new Date(`${publishedAt}T00:00:00Z`) : null,
        language,
        direction: input.direction ?? directionOfLanguage(language),
        createdById: member.userId,
        revisions: { create: { number: 1, text, sha256, origin: content.origin, createdById: member.userId } },
      },
    });
    await recordAuditEvent(tx, {
      teamId: member.teamId,
      actorId: member.userId,
      action: "article.create",
      entityType: "Article",
      entityId: article.id,
      after: { title, language, origin: content.origin, sha256, url: article.url },
    });
    await announceArticleImported(tx, article);
    return { articleId: article.id };
  });
}

async function contentOf(
  input: TImportArticleInput,
  fetchArticle: typeof fetchArticleFromUrl,
): Promise<ArticleContent> {
  if (input.source === "paste") return { text: input.text, origin: "PASTE" };
  if (input.source === "file") {
    const file = await readArticleFile(input.file);
    return {
      text: file.text,
      origin: "FILE",
      title: file.title,
      publisher: file.siteName,
      author: file.byline,
      publishedAt: file.publishedTime,
      language: file.lang,
    };
  }
  try {
    const page = await fetchArticle(input.fetchUrl);
    return {
      text: page.text,
      origin: "URL",
      title: page.title,
      publisher: page.siteName,
      author: page.byline,
      url: page.finalUrl,
      publishedAt: page.publishedTime,
      language: page.lang,
    };
  } catch (error) {
    if (error instanceof ArticleFetchError) throw new AppError("BAD_INPUT", error.message, { reason: error.code });
    throw error;
  }
}

function canonicalUrlsOf(...urls: (string | null | undefined)[]): string[] {
  return urls.flatMap((url) => (url ? [canonicalizeUrl(url)].filter((value) => value !== null) : []));
}

async function refuseDuplicate(teamId: string, lookFor: Parameters<typeof findDuplicateArticle>[1]): Promise<void> {
  const duplicate = await findDuplicateArticle(teamId, lookFor);
  if (duplicate)
    throw new AppError("CONFLICT", "This article is already in the desk", { reason: "duplicateArticle", ...duplicate });
}

/** Pasted text often starts with its headline; a long first paragraph is shortened. */
function firstLineOf(text: string): string {
  const first = text.split("\n")[0] ?? "";
  if (first.length <= 120) return first;
  const cut = first.slice(0, 120);
  const space = cut.lastIndexOf(" ");
  return `${space > 60 ? cut.slice(0, space) : cut}…`;
}
