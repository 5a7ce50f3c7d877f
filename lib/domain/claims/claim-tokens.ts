import { normalizeForMatch } from "@/lib/domain/text/arabic-normalize";

/**
 * Words and punctuation of a sentence with their offsets, the normalised form used for matching
 * (lib/domain/text/arabic-normalize) and whether they sit inside quotation marks. One pass, so the
 * rules built on tokens stay linear in the length of the article.
 */
export interface Token {
  text: string;
  /** Normalised: Arabic letters folded, Latin lower-case and unaccented. */
  norm: string;
  start: number;
  end: number;
  word: boolean;
  /** Inside "…", «…» or “…”: quoted words are content, never attribution. */
  quoted: boolean;
  /** Starts with a capital letter (Latin scripts): names, outside the sentence's first word. */
  capital: boolean;
}

// Numbers keep their separators (2,000 · 1,9 · 12.5); words keep inner apostrophes, hyphens and dots (U.S., a-t-il);
// a run of the same full stop or dash is one token.
const TOKEN =
  /([-−]?\p{N}+(?:[.,]\p{N}+)*%?)|([\p{L}\p{M}\u0640]+(?:['’.\-][\p{L}\p{M}\u0640]+)*\.?)|(\.{2,}|-{2,}|[^\s\p{L}\p{M}\p{N}])/gu;
const OPENING = new Set(["«", "“", "„"]);
const CLOSING = new Set(["»", "”"]);

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  let inQuote = false;
  let openedBefore = false;
  const sentence = text;
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    const start = offset + match.index;
    const word = match[3] === undefined;
    if (!word) {
      // A sentence that starts inside a quotation (the quote opened in the previous sentence: "…failure. It
      // was…," X told reporters): its first mark closes, so the words before it were quoted. Once per sentence.
      if (!inQuote && !openedBefore && isQuote(raw) && closes(sentence, match.index, raw)) {
        openedBefore = true;
        for (const token of tokens) token.quoted = !isQuote(token.text);
        tokens.push({ text: raw, norm: raw, start, end: start + raw.length, word, quoted: false, capital: false });
        continue;
      }
      if (isQuote(raw)) openedBefore = true;
      if (raw === '"' || OPENING.has(raw) || CLOSING.has(raw)) inQuote = raw === '"' ? !inQuote : OPENING.has(raw);
      tokens.push({
        text: raw,
        norm: raw,
        start,
        end: start + raw.length,
        word,
        quoted: inQuote && !isQuote(raw),
        capital: false,
      });
      continue;
    }
    // A trailing dot belongs to abbreviations (Dr., U.N.), not to ordinary words at the end of a sentence.
    const text = raw.endsWith(".") && !isAbbreviation(raw) ? raw.slice(0, -1) : raw;
    tokens.push({
      text,
      norm: normalizedWord(text),
      start,
      end: start + text.length,
      word,
      quoted: inQuote,
      capital: match[2] !== undefined && text.charCodeAt(0) < 0x250 && /^\p{Lu}/u.test(text),
    });
  }
  return tokens;
}

const isQuote = (raw: string) => raw === '"' || OPENING.has(raw) || CLOSING.has(raw);

/** A closing mark: », ”, or a straight quote glued to the word or comma before it and not to a word after. */
function closes(text: string, at: number, raw: string): boolean {
  if (CLOSING.has(raw)) return true;
  if (raw !== '"' || at === 0) return false;
  return /[\p{L}\p{N},.!?؟،]/u.test(text[at - 1]!) && !/[\p{L}\p{N}]/u.test(text[at + 1] ?? "");
}

const ABBREVIATIONS = new Set([
  "dr",
  "mr",
  "mrs",
  "ms",
  "me",
  "mme",
  "mm",
  "st",
  "jr",
  "sr",
  "prof",
  "gen",
  "col",
  "lt",
  "sgt",
  "capt",
  "no",
  "vs",
  "rep",
  "sen",
  "gov",
  "av",
]);

/** "Dr.", "B." (an initial), "U.S.": the dot belongs to the word. */
function isAbbreviation(raw: string): boolean {
  const word = raw.slice(0, -1);
  return /^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word) || ABBREVIATIONS.has(word.toLowerCase());
}

// Words repeat across an article: normalising each spelling once halves the time on long texts.
const normalized = new Map<string, string>();
function normalizedWord(text: string): string {
  let norm = normalized.get(text);
  if (norm === undefined) {
    if (normalized.size > 50_000) normalized.clear();
    norm = normalizeForMatch(text).replace(/’/gu, "'");
    normalized.set(text, norm);
  }
  return norm;
}

export const isQuoteMark = (token: Token | undefined): boolean =>
  !!token && !token.word && (token.text === '"' || OPENING.has(token.text) || CLOSING.has(token.text));
export const isComma = (token: Token | undefined): boolean =>
  !!token && !token.word && (token.text === "," || token.text === "،");

/** An Arabic word without its attached conjunction (و ف) and, when allowed, a preposition (ب ل ك) and article. */
export function arabicBare(norm: string, article: boolean): string[] {
  const forms = [norm];
  let rest = norm;
  if (/^[وف]/u.test(rest) && rest.length > 3) forms.push((rest = rest.slice(1)));
  if (/^[بلك]/u.test(rest) && rest.length > 3) forms.push(rest.slice(1));
  if (article) {
    for (const form of [...forms]) {
      if (form.startsWith("ال") && form.length > 4) forms.push(form.slice(2));
      if (form.startsWith("لل") && form.length > 4) forms.push(form.slice(2));
    }
  }
  return forms;
}

/** Whether an Arabic word starts (after و ف ب ل, and ال when `article`) with one of the stems. */
export function hasArabicStem(norm: string, stems: readonly string[], article = false): boolean {
  return arabicBare(norm, article).some((form) => stems.some((stem) => form.startsWith(stem)));
}
