import { locateQuote, type QuoteLocation } from "./locate-quote";

/**
 * Where a passage the user selected in a browser stands in an article's text. Browsers join
 * paragraphs with blank lines, turn line breaks into spaces and keep non-breaking spaces, so a
 * selection often differs from the extracted text in whitespace alone: when the exact quote
 * (locateQuote) is not there, runs of whitespace on both sides count as one space and invisible
 * format characters (soft hyphen, zero-width marks) are skipped, and the match is mapped back to
 * offsets in the original text. Linear in the text's length.
 */
export function locateSelectedQuote(text: string, quote: string): QuoteLocation {
  const exact = locateQuote(text, quote);
  return exact.found || exact.reason === "quoteAmbiguous" ? exact : locateQuoteLoosely(text, quote);
}

/** Characters a selection may carry or lose without any visible difference: soft hyphen, zero-width marks, BOM. */
const isInvisible = (code: number) =>
  code === 0x00ad || (code >= 0x200b && code <= 0x200f) || code === 0x2060 || code === 0xfeff;

/** What `\s` matches, by code unit (a regular expression per character is several times slower). */
const isWhitespace = (code: number) =>
  (code >= 0x09 && code <= 0x0d) ||
  code === 0x20 ||
  code === 0xa0 ||
  code === 0x1680 ||
  (code >= 0x2000 && code <= 0x200a) ||
  code === 0x2028 ||
  code === 0x2029 ||
  code === 0x202f ||
  code === 0x205f ||
  code === 0x3000 ||
  code === 0xfeff;

/** Occurrences counted at most, as in locateQuote. */
const MAX_COUNTED = 1_000;

export function locateQuoteLoosely(text: string, rawQuote: string): QuoteLocation {
  const quote = collapse(rawQuote.normalize("NFC")).collapsed.trim();
  if (!quote) return { found: false, reason: "quoteNotFound" };
  const { collapsed, origins } = collapse(text);
  const starts: number[] = [];
  for (
    let at = collapsed.indexOf(quote);
    at !== -1 && starts.length < MAX_COUNTED;
    at = collapsed.indexOf(quote, at + quote.length)
  )
    starts.push(at);
  if (starts.length === 0) return { found: false, reason: "quoteNotFound" };
  if (starts.length > 1) return { found: false, reason: "quoteAmbiguous", occurrences: starts.length };
  const start = starts[0]!;
  // The trimmed quote starts and ends with a visible character, which stands where it stood in the text.
  return { found: true, start: origins[start]!, end: origins[start + quote.length - 1]! + 1 };
}

/** The text with each whitespace run as one space and invisible characters left out; origins[i] is where collapsed[i] came from. */
function collapse(text: string): { collapsed: string; origins: number[] } {
  let collapsed = "";
  const origins: number[] = [];
  let lastWasSpace = false;
  let runStart = 0;
  // Copies runs of visible characters in one slice each: string building stays linear.
  for (let index = 0; index <= text.length; index++) {
    const code = index < text.length ? text.charCodeAt(index) : -1;
    const invisible = code !== -1 && isInvisible(code);
    const space = !invisible && code !== -1 && isWhitespace(code);
    if (code !== -1 && !invisible && !space) {
      origins.push(index);
      lastWasSpace = false;
      continue;
    }
    collapsed += text.slice(runStart, index);
    runStart = index + 1;
    if (space && !lastWasSpace) {
      collapsed += " ";
      origins.push(index);
      lastWasSpace = true;
    }
  }
  return { collapsed, origins };
}
