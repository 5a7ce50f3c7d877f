import "server-only";
import { createHash } from "node:crypto";
import { parseHTML } from "linkedom";
import { htmlTooComplex } from "@/lib/domain/articles/html-shape";
import { decodeText, sniffMediaType } from "./decode-body";
import { extractArticleOffThread } from "@/lib/server/text-work/run-text-task";
import { normaliseInline, normalisePlainText } from "./extract-main-text";
import { FetchError } from "./fetch-error";
import { safeFetch, type SafeFetchOptions } from "./safe-fetch";

/**
 * One capture of a cited page, as stored in a snapshot: what the server got, when it got it,
 * and the hashes that later show whether the page changed. A site that can't be reached is a
 * capture too (with an error code): "gone" is what a fact-checker needs to know.
 */
export interface PageCapture {
  requestedUrl: string;
  finalUrl: string | null;
  httpStatus: number | null;
  contentType: string | null;
  title: string | null;
  text: string | null;
  sha256: string | null;
  textSha256: string | null;
  byteLength: number | null;
  errorCode: string | null;
  /** Metadata for filling in a new source's empty fields; not stored in the snapshot. */
  meta: { siteName: string | null; byline: string | null; publishedTime: string | null; lang: string | null };
}

const NO_META = { siteName: null, byline: null, publishedTime: null, lang: null };

export async function capturePage(url: string, options: SafeFetchOptions = {}): Promise<PageCapture> {
  const empty = {
    requestedUrl: url,
    finalUrl: null,
    httpStatus: null,
    contentType: null,
    title: null,
    text: null,
    sha256: null,
    textSha256: null,
    byteLength: null,
    meta: NO_META,
  };
  let response;
  try {
    response = await safeFetch(url, options);
  } catch (error) {
    if (error instanceof FetchError) return { ...empty, errorCode: error.code };
    throw error;
  }
  const base = {
    ...empty,
    finalUrl: response.finalUrl,
    httpStatus: response.status,
    contentType: response.contentType,
    sha256: response.sha256,
    byteLength: response.body.length,
    errorCode: null,
  };
  if (response.status < 200 || response.status > 299) return base;

  // PDFs are kept by hash: proof of what was there, even without text.
  const mediaType = sniffMediaType(response.contentType, response.body);
  if (mediaType === "text/plain") {
    const text = normalisePlainText(decodeText(response.body, response.contentType, false)) || null;
    return { ...base, text, textSha256: text ? sha256(text) : null };
  }
  if (mediaType === "application/pdf") return base;
  // Anything else (images, video, feeds, archives) is not a page we can quote: a failed capture,
  // its hash kept for the record.
  if (mediaType !== "text/html") return { ...base, errorCode: "UNSUPPORTED_CONTENT" };

  const html = decodeText(response.body, response.contentType, true);
  // A page too deep or large to parse safely is kept as a capture (status, hashes) without text.
  if (htmlTooComplex(html)) return base;
  const article = await extractArticleOffThread(html, response.finalUrl);
  const title = article?.title ?? pageTitle(html);
  const text = article?.text ?? null;
  return {
    ...base,
    title,
    text,
    textSha256: text ? sha256(text) : null,
    meta: article
      ? { siteName: article.siteName, byline: article.byline, publishedTime: article.publishedTime, lang: article.lang }
      : NO_META,
  };
}

function pageTitle(html: string): string | null {
  const { document } = parseHTML(html);
  return normaliseInline(document.title ?? "") || null;
}

function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
