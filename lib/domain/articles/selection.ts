/**
 * A selected span of article text, tidied the way a fact-checker means it: surrounding
 * whitespace dropped and clamped to the text. Null when nothing but whitespace is left.
 */
export function tidySelection(text: string, start: number, end: number): { start: number; end: number } | null {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  while (from < to && /\s/u.test(text[from]!)) from += 1;
  while (to > from && /\s/u.test(text[to - 1]!)) to -= 1;
  return from < to ? { start: from, end: to } : null;
}
