// No "server-only" marker: besides the server, this runs in the text worker thread
// (lib/server/text-work), which is not a React server module. It does no I/O.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { htmlTooComplex, MAX_HTML_DEPTH, MAX_HTML_ELEMENTS } from "@/lib/domain/articles/html-shape";

/**
 * Main-text extraction for imported articles: Readability over a linkedom DOM (linkedom is far
 * lighter than jsdom and runs no scripts and loads no resources). The output is plain text only;
 * nothing from the page is ever handed back as HTML, so nothing from it can be rendered as markup.
 */
export interface ExtractedArticle {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  /** Paragraphs separated by one blank line, whitespace collapsed, Unicode NFC. */
  text: string;
}

/**
 * HTML deeper or larger than any real article page: refused before a recursive parser could
 * overflow on it or Readability spend seconds on it.
 */
export class HtmlTooComplexError extends Error {
  readonly code = "PAGE_TOO_COMPLEX";
  constructor(reason: "depth" | "elements") {
    super(
      reason === "depth"
        ? `The page nests its elements more than ${MAX_HTML_DEPTH} levels deep.`
        : `The page has more than ${MAX_HTML_ELEMENTS} elements.`,
    );
    this.name = "HtmlTooComplexError";
  }
}

/** Below this much non-link text a page is a shell, an index or an error page, not an article. */
const MIN_ARTICLE_CHARS = 100;
/** Above this share of text inside links, the "article" is a list of links (a section front, a menu). */
const MAX_LINK_DENSITY = 0.5;

/** Removed before Readability: page chrome it sometimes keeps when class names don't give it away. */
const NOISE_SELECTOR = [
  "script",
  "style",
  "noscript",
  "template",
  "iframe",
  "svg",
  "form",
  "nav",
  "footer",
  "aside",
  "[hidden]",
  '[aria-hidden="true"]',
  '[role="navigation"]',
  '[role="contentinfo"]',
  '[role="complementary"]',
].join(",");

/** Elements that start a new paragraph in the plain-text output. */
const BLOCK_TAGS = new Set([
  "ADDRESS",
  "ARTICLE",
  "BLOCKQUOTE",
  "BR",
  "CAPTION",
  "DD",
  "DETAILS",
  "DIV",
  "DL",
  "DT",
  "FIGCAPTION",
  "FIGURE",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HEADER",
  "HR",
  "LI",
  "MAIN",
  "OL",
  "P",
  "PRE",
  "SECTION",
  "SUMMARY",
  "TABLE",
  "TD",
  "TH",
  "TR",
  "UL",
]);
const SKIPPED_TAGS = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE"]);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** One line of text: NFC, soft hyphens dropped, any run of whitespace (NBSP included) as one space. */
export function normaliseInline(value: string): string {
  return value
    .normalize("NFC")
    .replace(/\u00ad/g, "")
    .replace(/\s+/gu, " ")
    .trim();
}

/** Plain text with paragraphs separated by a blank line, each normalised like normaliseInline. */
export function normalisePlainText(value: string): string {
  return value
    .split(/\r?\n\s*\r?\n|\r\s*\r/)
    .map(normaliseInline)
    .filter(Boolean)
    .join("\n\n");
}

function nonEmpty(value: string | null | undefined): string | null {
  if (!value) return null;
  return normaliseInline(value) || null;
}

type HtmlDocument = ReturnType<typeof parseHTML>["document"];
type DomNode = HtmlDocument["childNodes"][number];

function parseDocument(html: string): HtmlDocument {
  const { document } = parseHTML(html);
  // linkedom only builds <html>/<body> from a full document; fragments get wrapped.
  if (document.documentElement?.tagName === "HTML" && document.body) return document;
  return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document;
}

function metaContent(document: HtmlDocument, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    const value = nonEmpty(document.querySelector(selector)?.getAttribute("content"));
    if (value) return value;
  }
  return null;
}

interface PageMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
}

/** Read before Readability runs, because it rewrites the document in place. */
function readMetadata(document: HtmlDocument): PageMetadata {
  const author = metaContent(document, ['meta[name="author"]', 'meta[property="article:author"]']);
  return {
    title:
      metaContent(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ??
      nonEmpty(document.querySelector("title")?.textContent),
    // article:author is often a profile URL, which is not a byline.
    byline: author && !/^https?:\/\//i.test(author) ? author : null,
    siteName: metaContent(document, ['meta[property="og:site_name"]', 'meta[name="application-name"]']),
    publishedTime: metaContent(document, [
      'meta[property="article:published_time"]',
      'meta[name="article:published_time"]',
      'meta[itemprop="datePublished"]',
      'meta[name="pubdate"]',
      'meta[name="publish-date"]',
      'meta[name="date"]',
    ]),
    lang:
      nonEmpty(document.documentElement?.getAttribute("lang")) ??
      metaContent(document, ['meta[http-equiv="content-language" i]', 'meta[property="og:locale"]']),
  };
}

interface TextBlocks {
  paragraphs: string[];
  linkChars: number;
}

/** Walks Readability's cleaned HTML and turns block boundaries into paragraph breaks. */
function toParagraphs(contentHtml: string): TextBlocks {
  const root = parseDocument(contentHtml).body;
  const paragraphs: string[] = [];
  let current = "";
  let linkChars = 0;
  const flush = () => {
    const paragraph = normaliseInline(current);
    if (paragraph) paragraphs.push(paragraph);
    current = "";
  };
  const walk = (node: DomNode, insideLink: boolean) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) {
        const text = child.textContent ?? "";
        current += text;
        if (insideLink) linkChars += text.replace(/\s+/gu, "").length;
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const tag = (child as unknown as { tagName: string }).tagName.toUpperCase();
      if (SKIPPED_TAGS.has(tag)) continue;
      const isBlock = BLOCK_TAGS.has(tag);
      if (isBlock) flush();
      walk(child, insideLink || tag === "A");
      if (isBlock) flush();
    }
  };
  if (root) walk(root as unknown as DomNode, false);
  flush();
  return { paragraphs, linkChars };
}

function isTitleRepeat(paragraph: string, title: string): boolean {
  const a = paragraph.toLocaleLowerCase();
  const b = title.toLocaleLowerCase();
  // The page title often carries a " | Site" suffix the headline lacks.
  return a === b || (b.startsWith(a) && a.length >= b.length * 0.6);
}

/**
 * Drops the headline and byline Readability leaves at the top of the body. Its own
 * header-vs-title check tokenises with \W, which treats every Arabic letter as a separator,
 * and it keeps the byline element whenever a <meta name="author"> exists.
 */
function dropLeadingChrome(paragraphs: readonly string[], title: string | null, byline: string | null): string[] {
  const kept = [...paragraphs];
  let index = 0;
  while (index < Math.min(3, kept.length)) {
    const paragraph = kept[index] ?? "";
    const repeatsTitle = title !== null && isTitleRepeat(paragraph, title);
    const isByline = byline !== null && paragraph.length <= byline.length + 20 && paragraph.includes(byline);
    if (repeatsTitle || isByline) kept.splice(index, 1);
    else index += 1;
  }
  return kept;
}

function hostnameOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}

/**
 * The article in an HTML page, or null when the page has no article text (navigation, an
 * index page, a JavaScript shell). `url` only supplies a fallback site name (its hostname).
 */
export function extractArticle(html: string, url?: string): ExtractedArticle | null {
  const tooComplex = htmlTooComplex(html);
  if (tooComplex) throw new HtmlTooComplexError(tooComplex);
  const document = parseDocument(html);
  const metadata = readMetadata(document);
  for (const element of Array.from(document.querySelectorAll(NOISE_SELECTOR))) element.remove();

  // linkedom's Document is structurally what Readability uses, but not the DOM lib's type.
  const parsed = new Readability(document as unknown as Document).parse();
  if (!parsed?.content) return null;

  const title = nonEmpty(parsed.title) ?? metadata.title;
  const byline = nonEmpty(parsed.byline) ?? metadata.byline;
  const { paragraphs, linkChars } = toParagraphs(parsed.content);
  const text = dropLeadingChrome(paragraphs, title, byline).join("\n\n");
  const visibleChars = text.replace(/\s+/gu, "").length;
  if (visibleChars - linkChars < MIN_ARTICLE_CHARS || linkChars > visibleChars * MAX_LINK_DENSITY) return null;

  return {
    title,
    byline,
    siteName: nonEmpty(parsed.siteName) ?? metadata.siteName ?? hostnameOf(url),
    publishedTime: nonEmpty(parsed.publishedTime) ?? metadata.publishedTime,
    lang: metadata.lang ?? nonEmpty(parsed.lang),
    text,
  };
}
