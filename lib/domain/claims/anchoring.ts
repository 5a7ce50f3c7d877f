import search from "approx-string-match";
import { keepsQuoteShape, widenToWholeWords } from "./anchor-shape";

/**
 * W3C Web Annotation anchors for claims: a TextPositionSelector (start/end) and a
 * TextQuoteSelector (exact with prefix/suffix). Re-anchoring after a correction follows
 * Hypothesis' order: exact position, then the quote with its context, then a fuzzy match.
 * No result cuts a word or crosses a paragraph break where the quote did not, and a fuzzy
 * match covers whole words of one paragraph (anchor-shape.ts): the reader never highlights
 * half a word nobody selected.
 */
export interface ClaimAnchor {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

export type AnchorStatus = "ANCHORED" | "MOVED" | "FUZZY" | "ORPHANED";
export type ReanchorResult =
  { status: Exclude<AnchorStatus, "ORPHANED">; start: number; end: number } | { status: "ORPHANED" };

export const CONTEXT_LENGTH = 32;
/** Beyond this many quote characters per error a fuzzy match is more guess than anchor. */
const FUZZY_ERROR_RATE = 0.15;
/** How far from the old position a fuzzy search looks first (most edits are local). */
const NEAR_WINDOW = 2_000;

export function createAnchor(text: string, start: number, end: number): ClaimAnchor {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`Invalid span [${start}, ${end}) for a text of ${text.length} characters`);
  }
  return {
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
  };
}

export function reanchor(text: string, anchor: ClaimAnchor): ReanchorResult {
  if (
    text.slice(anchor.start, anchor.end) === anchor.exact &&
    contextScore(text, anchor, anchor.start, anchor.end) > 0 &&
    keepsQuoteShape(text, anchor.start, anchor.end, anchor)
  ) {
    return { status: "ANCHORED", start: anchor.start, end: anchor.end };
  }
  const exact = bestExactOccurrence(text, anchor);
  if (exact !== null) return { status: "MOVED", start: exact, end: exact + anchor.exact.length };
  const fuzzy = bestFuzzyMatch(text, anchor);
  return fuzzy ? { status: "FUZZY", ...fuzzy } : { status: "ORPHANED" };
}

export function reanchorAll(text: string, anchors: readonly ClaimAnchor[]): ReanchorResult[] {
  return anchors.map((anchor) => reanchor(text, anchor));
}

/** Every occurrence of the quote that keeps its shape, best context first, nearest the old position on ties. */
function bestExactOccurrence(text: string, anchor: ClaimAnchor): number | null {
  let best: { at: number; score: number } | null = null;
  for (let at = text.indexOf(anchor.exact); at !== -1; at = text.indexOf(anchor.exact, at + 1)) {
    if (!keepsQuoteShape(text, at, at + anchor.exact.length, anchor)) continue;
    const score =
      contextScore(text, anchor, at, at + anchor.exact.length) - Math.abs(at - anchor.start) / (text.length + 1);
    if (!best || score > best.score) best = { at, score };
  }
  return best?.at ?? null;
}

function bestFuzzyMatch(text: string, anchor: ClaimAnchor): { start: number; end: number } | null {
  const maxErrors = Math.max(2, Math.floor(anchor.exact.length * FUZZY_ERROR_RATE));
  if (anchor.exact.length <= maxErrors) return null;
  const from = Math.max(0, anchor.start - NEAR_WINDOW);
  const near = candidates(text.slice(from, anchor.end + NEAR_WINDOW), anchor, maxErrors, from, text);
  const found = near.length ? near : candidates(text, anchor, maxErrors, 0, text);
  let best: { start: number; end: number; score: number } | null = null;
  for (const match of found) {
    const score =
      1 -
      match.errors / anchor.exact.length +
      contextScore(text, anchor, match.start, match.end) / 2 -
      Math.abs(match.start - anchor.start) / (text.length + 1);
    if (!best || score > best.score) best = { start: match.start, end: match.end, score };
  }
  return best && { start: best.start, end: best.end };
}

/** Fuzzy matches as whole words of one paragraph (the matcher's edges are arbitrary); the others are dropped. */
function candidates(text: string, anchor: ClaimAnchor, maxErrors: number, offset: number, fullText: string) {
  return search(text, anchor.exact, maxErrors).flatMap((match) => {
    const span = widenToWholeWords(fullText, match.start + offset, match.end + offset);
    return span ? [{ errors: match.errors, ...span }] : [];
  });
}

/** 0–2: how much of the stored prefix and suffix still borders the span. */
function contextScore(text: string, anchor: ClaimAnchor, start: number, end: number): number {
  const prefix = text.slice(Math.max(0, start - anchor.prefix.length), start);
  const suffix = text.slice(end, end + anchor.suffix.length);
  return sharedSuffixRatio(prefix, anchor.prefix) + sharedPrefixRatio(suffix, anchor.suffix);
}

function sharedSuffixRatio(a: string, b: string): number {
  if (!b.length) return 1;
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n += 1;
  return n / b.length;
}

function sharedPrefixRatio(a: string, b: string): number {
  if (!b.length) return 1;
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n / b.length;
}
