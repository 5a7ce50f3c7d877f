/**
 * A highlighted excerpt of the original text (diacritics and all) around the first place the
 * search terms match. Matching happens on the folded and stemmed text (as in the database) and
 * is mapped back through normalizeWithOffsets and stemWithOffsets, so "اومسين" highlights
 * "أُومْسِين" as written, and the stem "تفاوض" highlights the whole of "للتفاوض".
 */
import { normalizeWithOffsets } from "@/lib/domain/text/arabic-normalize";
import { stemWithOffsets } from "@/lib/domain/text/arabic-stem";

export interface SnippetPart {
  text: string;
  match: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * What a query matched, as the database matched it: `prefixes` start words (plain terms, `:*`),
 * `phrases` are whole words next to each other in order (quoted words and entity aliases, `<->`).
 * All folded and stemmed.
 */
export interface Highlighted {
  prefixes: readonly string[];
  phrases: readonly (readonly string[])[];
}

export function highlightSnippet(original: string, wanted: Highlighted, radius = 80): SnippetPart[] {
  const source = original.normalize("NFC");
  const folded = normalizeWithOffsets(source);
  const { stemmed: normalized, toInput } = stemWithOffsets(folded.normalized);
  const toOriginal = toInput.map((at) => folded.toOriginal[at]!);
  const span = (start: number, end: number): [number, number] => [toOriginal[start]!, toOriginal[end - 1]! + 1];
  const spans = [...prefixSpans(normalized, wanted.prefixes), ...phraseSpans(normalized, wanted.phrases)].map(
    ([start, end]) => span(start, end),
  );
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  const first = merged[0];
  const windowStart = first ? Math.max(0, first[0] - radius) : 0;
  const windowEnd = Math.min(source.length, (first ? first[1] : 0) + radius * 2);
  const parts: SnippetPart[] = [];
  let cursor = windowStart;
  for (const [start, end] of merged) {
    if (end <= windowStart || start >= windowEnd) continue;
    if (start > cursor) parts.push({ text: source.slice(cursor, start), match: false });
    parts.push({ text: source.slice(Math.max(start, cursor), Math.min(end, windowEnd)), match: true });
    cursor = Math.min(end, windowEnd);
  }
  if (cursor < windowEnd) parts.push({ text: source.slice(cursor, windowEnd), match: false });
  if (windowStart > 0 && parts[0]) parts[0] = { ...parts[0], text: `…${parts[0].text}` };
  if (windowEnd < source.length && parts.at(-1))
    parts[parts.length - 1] = { ...parts.at(-1)!, text: `${parts.at(-1)!.text}…` };
  return parts;
}

/** Words a term starts, each whole: "negotiat" marks "negotiations", not "renegotiate". */
function prefixSpans(normalized: string, prefixes: readonly string[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const term of prefixes) {
    if (!term) continue;
    // The next search starts where the highlighted word ends, so each character is looked at a
    // bounded number of times per term: one 100,000-letter "word" stays linear, not quadratic.
    for (let at = normalized.indexOf(term); at !== -1;) {
      let end = at + term.length;
      while (end < normalized.length && WORD_CHAR.test(normalized[end]!)) end += 1;
      // As in the database, a term matches the start of a word ("مع" is not found in "جمع").
      if (at === 0 || !WORD_CHAR.test(normalized[at - 1]!)) spans.push([at, end]);
      at = normalized.indexOf(term, end);
    }
  }
  return spans;
}

/**
 * Runs of whole words equal to a phrase's words, in order, from the first word's start to the
 * last one's end: '"زعيم المجموعة"' marks "زعيم المجموعة", never "زعيمها" or a lone "المجموعة".
 * One pass over the words, then only the places a phrase's first word stands are compared.
 */
function phraseSpans(normalized: string, phrases: readonly (readonly string[])[]): [number, number][] {
  if (phrases.length === 0) return [];
  const words = [...normalized.matchAll(WORD)].map((match) => ({ text: match[0], start: match.index }));
  const where = new Map<string, number[]>();
  words.forEach((word, index) => {
    const places = where.get(word.text);
    if (places) places.push(index);
    else where.set(word.text, [index]);
  });
  const spans: [number, number][] = [];
  for (const phrase of phrases) {
    for (const at of where.get(phrase[0] ?? "") ?? []) {
      if (!phrase.every((word, offset) => words[at + offset]?.text === word)) continue;
      const last = words[at + phrase.length - 1]!;
      spans.push([words[at]!.start, last.start + last.text.length]);
    }
  }
  return spans;
}

/**
 * The snippet for a text found by a query widened with entity aliases: the query's own words
 * when they are in it, else the aliases that brought it ("Omsen" highlights "أومسين").
 */
export function highlightMatch(
  original: string,
  wanted: Highlighted,
  aliasPhrases: readonly (readonly string[])[],
): SnippetPart[] {
  const parts = highlightSnippet(original, wanted);
  if (aliasPhrases.length === 0 || parts.some((part) => part.match)) return parts;
  return highlightSnippet(original, { prefixes: [], phrases: aliasPhrases });
}
