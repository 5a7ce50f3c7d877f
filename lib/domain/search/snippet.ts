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

export function highlightSnippet(original: string, terms: readonly string[], radius = 80): SnippetPart[] {
  const source = original.normalize("NFC");
  const folded = normalizeWithOffsets(source);
  const { stemmed: normalized, toInput } = stemWithOffsets(folded.normalized);
  const toOriginal = toInput.map((at) => folded.toOriginal[at]!);
  const spans: [number, number][] = [];
  for (const term of terms) {
    if (!term) continue;
    // The next search starts where the highlighted word ends, so each character is looked at a
    // bounded number of times per term: one 100,000-letter "word" stays linear, not quadratic.
    for (let at = normalized.indexOf(term); at !== -1;) {
      // Prefix search: extend to the end of the word the term starts.
      let end = at + term.length;
      while (end < normalized.length && WORD_CHAR.test(normalized[end]!)) end += 1;
      // As in the database, a term matches the start of a word ("مع" is not found in "جمع").
      if (at === 0 || !WORD_CHAR.test(normalized[at - 1]!)) spans.push([toOriginal[at]!, toOriginal[end - 1]! + 1]);
      at = normalized.indexOf(term, end);
    }
  }
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

/**
 * The snippet for a text found by a query widened with entity aliases: the query's own words
 * when they are in it, else the aliases that brought it ("Omsen" highlights "أومسين").
 */
export function highlightMatch(
  original: string,
  terms: readonly string[],
  aliasTerms: readonly string[],
): SnippetPart[] {
  const parts = highlightSnippet(original, terms);
  if (aliasTerms.length === 0 || parts.some((part) => part.match)) return parts;
  return highlightSnippet(original, aliasTerms);
}
