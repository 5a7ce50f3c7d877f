import "server-only";
import { AppError } from "@/lib/errors";
import { HtmlTooComplexError, type ExtractedArticle } from "@/lib/server/net/extract-main-text";
import { extractArticleOffThread } from "@/lib/server/text-work/run-text-task";

/**
 * The text of an uploaded .txt or .html file. Anything that is not valid UTF-8 text (a
 * PDF, a Word file, an image renamed .txt) is refused rather than imported as mojibake.
 */
export async function readArticleFile(
  file: File,
): Promise<Pick<ExtractedArticle, "text" | "title" | "byline" | "siteName" | "publishedTime" | "lang">> {
  const name = file.name.toLowerCase();
  const isHtml = name.endsWith(".html") || name.endsWith(".htm") || file.type === "text/html";
  const isText = name.endsWith(".txt") || file.type === "text/plain";
  if (!isHtml && !isText) throw new AppError("BAD_INPUT", "Unsupported file type", { reason: "fileType" });

  const bytes = new Uint8Array(await file.arrayBuffer());
  const text = decodeUtf8Text(bytes);
  if (text === null) throw new AppError("BAD_INPUT", "Binary file", { reason: "binaryFile" });
  if (!isHtml) return { text, title: null, byline: null, siteName: null, publishedTime: null, lang: null };

  const article = await extractFromFile(text);
  if (!article) throw new AppError("BAD_INPUT", "No article text in file", { reason: "NO_ARTICLE_TEXT" });
  return article;
}

/** UTF-8 text, or null for bytes that are not (NUL bytes and invalid sequences mean binary). */
function decodeUtf8Text(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

async function extractFromFile(html: string): Promise<ExtractedArticle | null> {
  try {
    return await extractArticleOffThread(html);
  } catch (error) {
    if (error instanceof HtmlTooComplexError) throw new AppError("BAD_INPUT", error.message, { reason: error.code });
    throw error;
  }
}
