/**
 * Where a quoted passage stands in an article's text, for claims created from a quote (the API,
 * the bookmarklet) rather than from offsets. The quote must be found as written (after Unicode
 * NFC, which the canonical text is in); when it occurs several times, `occurrence` (1-based)
 * says which one is meant, and without it the request is ambiguous rather than guessed.
 */
export type QuoteLocation =
  | { found: true; start: number; end: number }
  | { found: false; reason: "quoteNotFound" }
  | { found: false; reason: "quoteAmbiguous"; occurrences: number };

/** Occurrences counted at most: enough to say "ambiguous", bounded for a one-letter quote. */
const MAX_COUNTED = 1_000;

export function locateQuote(text: string, rawQuote: string, occurrence?: number): QuoteLocation {
  const quote = rawQuote.normalize("NFC").trim();
  if (!quote) return { found: false, reason: "quoteNotFound" };
  const starts: number[] = [];
  for (
    let at = text.indexOf(quote);
    at !== -1 && starts.length < MAX_COUNTED;
    at = text.indexOf(quote, at + quote.length)
  )
    starts.push(at);
  if (starts.length === 0) return { found: false, reason: "quoteNotFound" };
  if (occurrence === undefined && starts.length > 1)
    return { found: false, reason: "quoteAmbiguous", occurrences: starts.length };
  const start = starts[(occurrence ?? 1) - 1];
  if (start === undefined) return { found: false, reason: "quoteNotFound" };
  return { found: true, start, end: start + quote.length };
}
