import { PARAGRAPH_SEPARATOR } from "@/lib/domain/articles/article-document";

/**
 * The server's article HTML (render-article-html.ts) is the one copy of the text the page
 * carries: the editor parses it with the extensions' parse rules, and these read the plain
 * text and the highlighted claims back from it, so the text is not sent a second time.
 */

/** The canonical text: each paragraph's text, separated as stored (one blank line). */
export function articleTextOf(html: string, parse: (html: string) => Document = browserParse): string {
  const paragraphs = parse(`<!doctype html><html><body>${html}</body></html>`).querySelectorAll("p");
  return Array.from(paragraphs, (paragraph) => paragraph.textContent ?? "").join(PARAGRAPH_SEPARATOR);
}

/** The highlighted claims in reading order (first mark of each; an enclosing claim before the one inside it). */
export function claimIdsOf(html: string): string[] {
  return [...new Set(Array.from(html.matchAll(/data-claim-id="([0-9a-f-]{36})"/gi), (match) => match[1]!))];
}

function browserParse(html: string): Document {
  return new DOMParser().parseFromString(html, "text/html");
}
