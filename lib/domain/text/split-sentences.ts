/**
 * Sentence segmentation for Arabic, English and French news text, returning spans into
 * the text so that a sentence can become a claim anchor as it is. Line breaks always end
 * a sentence; . ! ? ؟ … end one when followed by a space (so 3.5, U.S., example.com and
 * "pic.twitter.com/x" stay whole); the Arabic comma ، and semicolon ؛ never do.
 */
export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

const TERMINATOR = /[.!?؟…]/u;
/** Closing quotes and brackets after a terminator stay with their sentence. */
const CLOSER = /["'»”’)\]]/u;
const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "gen",
  "col",
  "lt",
  "sgt",
  "capt",
  "st",
  "jr",
  "sr",
  "vs",
  "etc",
  "e.g",
  "i.e",
  "no",
  "u.s",
  "u.n",
  "u.k",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "m",
  "mme",
  "mlle",
  "mm",
  "me",
  "av",
  "env",
  "cf",
]);

export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (char === "\n") {
      pushTrimmed(text, start, index, spans);
      start = index + 1;
      continue;
    }
    if (!TERMINATOR.test(char)) continue;
    let end = index + 1;
    while (end < text.length && (TERMINATOR.test(text[end]!) || CLOSER.test(text[end]!))) end += 1;
    // French sets a space inside guillemets: « … lourd. » closes after that space.
    const spacedCloser = /^[ \u00A0\u202F]+[»”]/u.exec(text.slice(end, end + 4));
    if (spacedCloser) end += spacedCloser[0].length;
    const followedByBreak = end === text.length || /\s/u.test(text[end]!);
    if (followedByBreak && !(char === "." && isAbbreviation(text, index))) {
      pushTrimmed(text, start, end, spans);
      start = end;
    }
    index = end - 1;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

function pushTrimmed(text: string, from: number, to: number, spans: SentenceSpan[]): void {
  while (from < to && /\s/u.test(text[from]!)) from += 1;
  while (to > from && /\s/u.test(text[to - 1]!)) to -= 1;
  if (from < to) spans.push({ start: from, end: to, text: text.slice(from, to) });
}

/** "Dr." or "J." (an initial) before the period at `dot`: not the end of a sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  let from = dot;
  while (from > 0 && /[\p{L}.]/u.test(text[from - 1]!)) from -= 1;
  const word = text.slice(from, dot);
  if (/^\p{Lu}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}
