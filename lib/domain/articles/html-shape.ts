/**
 * A cheap look at HTML before a DOM parser sees it. Parsers and Readability walk the tree
 * recursively: 100,000 nested <div>s froze the server for over a minute and ended in a stack
 * overflow, and Readability spends ~50 µs per element (100,000 paragraphs: 5 s). Real pages
 * nest a few dozen levels and hold a few thousand elements; past these limits a page is refused.
 */
export const MAX_HTML_DEPTH = 512;
export const MAX_HTML_ELEMENTS = 30_000;

export interface HtmlShape {
  /** The deepest element nesting seen. */
  depth: number;
  /** Elements opened. */
  elements: number;
}

/** Elements that never contain others (they have no end tag). */
const VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
]);
/** Elements a parser closes by itself when the next one opens: a run of them does not nest. */
const SELF_CLOSING_SIBLINGS = new Set(["p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup"]);
/** Their content is text, not markup: "<" inside them opens nothing. */
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "noscript"]);

/**
 * How deep and how large `html` is, read until either limit is passed (then it stops reading).
 * One pass with indexOf, no regular expression that could backtrack: linear in the input.
 */
export function measureHtml(html: string, limits = { depth: MAX_HTML_DEPTH, elements: MAX_HTML_ELEMENTS }): HtmlShape {
  const lower = html.toLowerCase();
  let depth = 0;
  let deepest = 0;
  let elements = 0;
  for (let at = html.indexOf("<"); at !== -1 && deepest <= limits.depth && elements <= limits.elements;) {
    if (html.startsWith("<!--", at)) {
      const end = html.indexOf("-->", at + 4);
      if (end === -1) break;
      at = html.indexOf("<", end + 3);
      continue;
    }
    const close = html.indexOf(">", at + 1);
    if (close === -1) break;
    const tag = tagAt(html, at, close);
    let next = close + 1;
    if (tag?.closing) depth = Math.max(0, depth - 1);
    else if (tag) {
      elements += 1;
      if (!tag.selfClosing && !VOID.has(tag.name) && !SELF_CLOSING_SIBLINGS.has(tag.name)) {
        depth += 1;
        deepest = Math.max(deepest, depth);
      }
      if (RAW_TEXT.has(tag.name)) {
        const end = lower.indexOf(`</${tag.name}`, next);
        next = end === -1 ? html.length : end;
      }
    }
    at = html.indexOf("<", next);
  }
  return { depth: deepest, elements };
}

/** Why a parser must not be given this HTML, or null when it may. */
export function htmlTooComplex(html: string): "depth" | "elements" | null {
  const shape = measureHtml(html);
  if (shape.depth > MAX_HTML_DEPTH) return "depth";
  if (shape.elements > MAX_HTML_ELEMENTS) return "elements";
  return null;
}

function tagAt(
  html: string,
  open: number,
  close: number,
): { name: string; closing: boolean; selfClosing: boolean } | null {
  const closing = html[open + 1] === "/";
  let end = open + (closing ? 2 : 1);
  const nameStart = end;
  while (end < close && /[A-Za-z0-9:-]/.test(html[end]!)) end += 1;
  if (end === nameStart || !/[A-Za-z]/.test(html[nameStart]!)) return null; // "<!doctype", "a < b"
  return { name: html.slice(nameStart, end).toLowerCase(), closing, selfClosing: html[close - 1] === "/" };
}
