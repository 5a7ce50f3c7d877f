/**
 * The shape of a span of canonical article text: does it cut a word at either edge, does it
 * cross a paragraph break? A fact-checker may select half a word (an Arabic word without its
 * "و" or "ال", a number inside a longer one) or, rarely, run a quote across two paragraphs;
 * re-anchoring and the reader must never do either where the person did not.
 *
 * The rule, used by re-anchoring (anchoring.ts) and by the reader (claim-highlights.ts):
 * - a span may cut a word at an edge only if the quote it stands for cut a word at that edge;
 * - a span may cross a paragraph break only if the quote did;
 * - a span found by fuzzy matching (no person chose its edges) covers whole words of one
 *   paragraph.
 * Canonical text separates paragraphs with "\n\n" and has no other line break, so any "\n"
 * inside a span is a paragraph break.
 */
import type { ClaimAnchor } from "./anchoring";

/** Letters (any script), combining marks (Arabic vowel signs), digits, and the joiners inside Persian and Urdu words. */
const WORD_CHARACTER = /^[\p{L}\p{M}\p{N}\u200C\u200D]$/u;
/** A fuzzy span is widened to whole words by at most this many characters per edge; longer "words" are not words. */
const MAX_WIDENING = 48;

export interface SpanShape {
  cutsWordAtStart: boolean;
  cutsWordAtEnd: boolean;
  crossesParagraph: boolean;
}

export function isWordCharacter(character: string | undefined): boolean {
  return character !== undefined && WORD_CHARACTER.test(character);
}

/** The character (code point) that ends just before `offset`. */
function characterBefore(text: string, offset: number): string | undefined {
  if (offset <= 0) return undefined;
  const low = text.charCodeAt(offset - 1);
  if (low >= 0xdc00 && low <= 0xdfff && offset >= 2) return text.slice(offset - 2, offset);
  return text[offset - 1];
}

/** The character (code point) that starts at `offset`. */
function characterAt(text: string, offset: number): string | undefined {
  if (offset >= text.length) return undefined;
  return String.fromCodePoint(text.codePointAt(offset)!);
}

/** Whether a boundary at `offset` falls inside a word (word characters on both sides). */
export function cutsWordAt(text: string, offset: number): boolean {
  return isWordCharacter(characterBefore(text, offset)) && isWordCharacter(characterAt(text, offset));
}

export function spanShape(text: string, start: number, end: number): SpanShape {
  return {
    cutsWordAtStart: cutsWordAt(text, start),
    cutsWordAtEnd: cutsWordAt(text, end),
    crossesParagraph: text.slice(start, end).includes("\n"),
  };
}

/** The shape of the quote as it was selected, read from the anchor's own context. */
export function quoteShape(anchor: Pick<ClaimAnchor, "exact" | "prefix" | "suffix">): SpanShape {
  const { exact, prefix, suffix } = anchor;
  return {
    cutsWordAtStart: isWordCharacter(characterBefore(prefix, prefix.length)) && isWordCharacter(characterAt(exact, 0)),
    cutsWordAtEnd: isWordCharacter(characterBefore(exact, exact.length)) && isWordCharacter(characterAt(suffix, 0)),
    crossesParagraph: exact.includes("\n"),
  };
}

/** Whether [start, end) of `text` cuts words or paragraphs only where the anchor's quote did. */
export function keepsQuoteShape(
  text: string,
  start: number,
  end: number,
  anchor: Pick<ClaimAnchor, "exact" | "prefix" | "suffix">,
): boolean {
  const span = spanShape(text, start, end);
  const quote = quoteShape(anchor);
  return (
    (!span.cutsWordAtStart || quote.cutsWordAtStart) &&
    (!span.cutsWordAtEnd || quote.cutsWordAtEnd) &&
    (!span.crossesParagraph || quote.crossesParagraph)
  );
}

/** Whole words of one paragraph, nothing cut: what a span nobody chose by hand must be. */
export function isWholeWordSpan(text: string, start: number, end: number): boolean {
  const shape = spanShape(text, start, end);
  return start < end && !shape.cutsWordAtStart && !shape.cutsWordAtEnd && !shape.crossesParagraph;
}

/**
 * A machine-found span widened to the whole words it touches and trimmed of surrounding
 * whitespace; null when that crosses a paragraph break, or a "word" runs on implausibly long.
 */
export function widenToWholeWords(text: string, start: number, end: number): { start: number; end: number } | null {
  let from = start;
  let to = end;
  for (let steps = 0; cutsWordAt(text, from); steps++) {
    if (steps === MAX_WIDENING) return null;
    from -= characterBefore(text, from)!.length;
  }
  for (let steps = 0; cutsWordAt(text, to); steps++) {
    if (steps === MAX_WIDENING) return null;
    to += characterAt(text, to)!.length;
  }
  while (from < to && /\s/u.test(text[from]!)) from += 1;
  while (to > from && /\s/u.test(text[to - 1]!)) to -= 1;
  return isWholeWordSpan(text, from, to) ? { start: from, end: to } : null;
}
