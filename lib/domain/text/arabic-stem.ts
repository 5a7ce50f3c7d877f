/**
 * Light Arabic stemming for search: the conjunction, prepositions and article that Arabic writes
 * attached to the next word (و، ال، بال، كال، لل، فال، فبال، فكال، فلل and their chains: وال، وبال،
 * ولل …) are stripped, so "تفاوض", "التفاوض", "للتفاوض" and "والتفاوض" are one word. It runs on
 * text already folded by normalizeForMatch (alef forms unified), and its SQL twin,
 * claimdesk_stem (migration 20261201000700_arabic_stemming), must give the same result: an
 * integration test compares the two on real and random text.
 *
 * What is stripped, and why no more:
 * - Only a chain of attached words at the start of a word (after a non-Arabic character or the
 *   start of the text), and only when at least MIN_STEM Arabic letters remain. Most Arabic words
 *   are built on three-letter roots: when two letters would remain, the "prefix" was almost
 *   always part of the word ("ولد", "بلد", "الله" → "له", "التي" → "تي"), and stripping it would
 *   merge unrelated words.
 * - ب، ك، ل and ف alone are never stripped, only in front of the article (بال، كال، لل، فال …):
 *   as first letters of a word they are root letters at least as often as prepositions
 *   ("فلسطين", "لبنان", "كتب", "بريطانيا"), and no length rule can tell which.
 * - و alone is stripped (it is by far the most frequent attached word: "وقال", "وأشار"), and
 *   the chain may repeat, so "الوزير", "ووزير" and "وزير" stem alike ("زير") even where و is a
 *   root letter: the same word always gets the same stem, which is all search needs.
 * - Latin text and everything after the prefix (suffixes, plural forms) is left as it is.
 */
const ARABIC_LETTER_RANGES =
  "\\u0621-\\u063A\\u0641-\\u064A\\u066E\\u066F\\u0671-\\u06D3\\u06D5\\u06EE\\u06EF\\u06FA-\\u06FC\\u06FF";

/** Attached words that may be stripped, in their folded spelling (أ → ا). */
export const ATTACHED_PREFIXES = ["و", "ال", "بال", "كال", "لل", "فال", "فبال", "فكال", "فلل"] as const;

/** The fewest Arabic letters a stripped word keeps (see above: three-letter roots). */
export const MIN_STEM = 3;

/** The same rule as a PostgreSQL regular expression (claimdesk_stem): kept here so both are read together. */
export const STEM_PATTERN_SQL = `(^|[^${ARABIC_LETTER_RANGES}])(?:${ATTACHED_PREFIXES.join("|")})+(?=[${ARABIC_LETTER_RANGES}]{${MIN_STEM}})`;

/** The same ranges as ARABIC_LETTER_RANGES, by code (this runs on every character of an article). */
function isArabicLetter(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  if (code < 0x0621 || code > 0x06ff) return false;
  return (
    code <= 0x063a ||
    (code >= 0x0641 && code <= 0x064a) ||
    code === 0x066e ||
    code === 0x066f ||
    (code >= 0x0671 && code <= 0x06d3) ||
    code === 0x06d5 ||
    code === 0x06ee ||
    code === 0x06ef ||
    (code >= 0x06fa && code <= 0x06fc) ||
    code === 0x06ff
  );
}

/**
 * Where the stem of the word starting at `start` begins: the end of the longest chain of
 * attached prefixes followed by at least MIN_STEM Arabic letters, or `start` itself. Linear in
 * the length of the chain: each position of it is looked at once, against each prefix.
 */
function stemStart(text: string, start: number): number {
  const reachable = new Set<number>([start]);
  let best = start;
  let furthest = start;
  for (let at = start; at <= furthest; at++) {
    if (!reachable.has(at)) continue;
    if (at > start && hasLetters(text, at, MIN_STEM)) best = at;
    for (const prefix of ATTACHED_PREFIXES) {
      if (!text.startsWith(prefix, at)) continue;
      reachable.add(at + prefix.length);
      furthest = Math.max(furthest, at + prefix.length);
    }
  }
  return best;
}

function hasLetters(text: string, at: number, count: number): boolean {
  for (let index = at; index < at + count; index++) if (!isArabicLetter(text[index])) return false;
  return true;
}

/** Folded text (normalizeForMatch) with attached prefixes stripped; the twin of claimdesk_stem. */
export function stemArabic(normalized: string): string {
  return stemWithOffsets(normalized).stemmed;
}

/**
 * The stemmed text and, for each of its positions (and its length), the position in the input.
 * A stripped prefix is not lost to highlighting: the stem's first letter points at the start of
 * the word as written, so a match on "تفاوض" maps back to the whole of "للتفاوض".
 */
export function stemWithOffsets(normalized: string): { stemmed: string; toInput: number[] } {
  // The stripped spans [word start, stem start), found first; then one pass copies the rest.
  const cuts: [number, number][] = [];
  for (let index = 0; index < normalized.length; index++) {
    if (!isArabicLetter(normalized[index]) || (index > 0 && isArabicLetter(normalized[index - 1]))) continue;
    const stem = stemStart(normalized, index);
    if (stem > index) cuts.push([index, stem]);
    // The stem's own letters cannot start a word: skip to the next non-letter.
    index = stem;
    while (index + 1 < normalized.length && isArabicLetter(normalized[index + 1])) index++;
  }
  const pieces: string[] = [];
  const toInput: number[] = [];
  let from = 0;
  for (const [start, stem] of cuts) {
    pieces.push(normalized.slice(from, start));
    for (let at = from; at < start; at++) toInput.push(at);
    // The stem's first letter stands for the whole word as written.
    toInput.push(start);
    from = stem + 1;
    pieces.push(normalized[stem]!);
  }
  pieces.push(normalized.slice(from));
  for (let at = from; at < normalized.length; at++) toInput.push(at);
  toInput.push(normalized.length);
  return { stemmed: pieces.join(""), toInput };
}
