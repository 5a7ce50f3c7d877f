import "server-only";
import { HtmlTooComplexError, normalisePlainText, type ExtractedArticle } from "@/lib/server/net/extract-main-text";
import { extractArticleOffThread } from "@/lib/server/text-work/run-text-task";
import { FetchError, type FetchErrorCode } from "@/lib/server/net/fetch-error";
import { safeFetch, type SafeFetchOptions } from "@/lib/server/net/safe-fetch";
import { decodeText, sniffMediaType } from "./decode-body";

export type ArticleFetchErrorCode =
  FetchErrorCode | "HTTP_ERROR" | "UNSUPPORTED_CONTENT" | "PDF_NOT_SUPPORTED" | "NO_ARTICLE_TEXT" | "PAGE_TOO_COMPLEX";

/** The one error type article import sees: network failures and content problems alike, with user-facing messages. */
export class ArticleFetchError extends Error {
  constructor(
    readonly code: ArticleFetchErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "ArticleFetchError";
  }
}

export interface FetchedArticle extends ExtractedArticle {
  finalUrl: string;
  /** SHA-256 of the bytes fetched, kept as evidence of what the page said. */
  sha256: string;
  /** The media type we acted on, e.g. "text/html". */
  mediaType: string;
}

/**
 * Fetches a user-supplied URL safely and returns its article text: HTML goes through
 * Readability, text/plain is taken as is; PDFs and anything else are refused with a clear
 * message (PDFs belong to the sources feature).
 */
export async function fetchArticleFromUrl(
  url: string | URL,
  fetcherOptions: SafeFetchOptions = {},
): Promise<FetchedArticle> {
  let response;
  try {
    response = await safeFetch(url, fetcherOptions);
  } catch (error) {
    if (error instanceof FetchError) throw new ArticleFetchError(error.code, error.message, { cause: error });
    throw error;
  }
  if (response.status < 200 || response.status > 299) {
    throw new ArticleFetchError("HTTP_ERROR", `The website answered with an error (HTTP ${response.status}).`);
  }

  const mediaType = sniffMediaType(response.contentType, response.body);
  if (mediaType === "application/pdf") {
    throw new ArticleFetchError(
      "PDF_NOT_SUPPORTED",
      "This link is a PDF document. PDFs can't be imported as articles; add it as a source instead.",
    );
  }
  const text = decodeText(response.body, response.contentType, mediaType === "text/html");
  let article: ExtractedArticle | null;
  if (mediaType === "text/html") {
    article = await extractOrRefuse(text, response.finalUrl);
  } else if (mediaType === "text/plain") {
    const plain = normalisePlainText(text);
    article = plain
      ? {
          title: null,
          byline: null,
          siteName: hostnameOf(response.finalUrl),
          publishedTime: null,
          lang: null,
          text: plain,
        }
      : null;
  } else {
    throw new ArticleFetchError(
      "UNSUPPORTED_CONTENT",
      "This link is not a web page or a text file, so there is no article to import.",
    );
  }
  if (!article) {
    throw new ArticleFetchError("NO_ARTICLE_TEXT", "We couldn't find article text on this page.");
  }
  return { ...article, finalUrl: response.finalUrl, sha256: response.sha256, mediaType };
}

function hostnameOf(url: string): string | null {
  return new URL(url).hostname.replace(/^www\./, "") || null;
}

async function extractOrRefuse(html: string, url: string): Promise<ExtractedArticle | null> {
  try {
    return await extractArticleOffThread(html, url);
  } catch (error) {
    if (error instanceof HtmlTooComplexError)
      throw new ArticleFetchError("PAGE_TOO_COMPLEX", error.message, { cause: error });
    throw error;
  }
}
