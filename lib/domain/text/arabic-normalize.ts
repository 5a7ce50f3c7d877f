/**
 * Arabic-aware normalisation for matching (search, entity aliases, suggestions): never
 * for display. Hamza carriers on waw and yaa (ؤ ئ) are kept: unifying them merges
 * different words far more often than it repairs a spelling.
 */
/** Arabic diacritics and Quranic marks, tatweel, and invisible direction/zero-width characters. */
const DROPPED =
  /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/u;
const LATIN_MARKS = /[\u0300-\u036F]/gu;

const LETTERS: Record<string, string> = { أ: "ا", إ: "ا", آ: "ا", ٱ: "ا", ى: "ي", ة: "ه" };

function foldCharacter(char: string): string {
  const code = char.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  return LETTERS[char] ?? char;
}

/** One character of input → its normalised form ("" when it is dropped). */
function normalizeCharacter(char: string): string {
  if (DROPPED.test(char)) return "";
  // Only Latin-range letters are decomposed: NFD would split Arabic أ into ا + hamza.
  if (char.charCodeAt(0) < 0x0590) return char.normalize("NFD").replace(LATIN_MARKS, "").toLowerCase();
  return foldCharacter(char);
}

export function normalizeForMatch(text: string): string {
  return normalizeWithOffsets(text).normalized;
}

/**
 * The normalised text and, for each of its positions (and its length), the offset in the
 * original, so a match in normalised text maps back to a span of what the reader sees.
 */
export function normalizeWithOffsets(text: string): { normalized: string; toOriginal: number[] } {
  const source = text.normalize("NFC");
  // NFC can change lengths; offsets refer to the NFC text, which canonical article text already is.
  let normalized = "";
  const toOriginal: number[] = [];
  let lastWasSpace = true;
  for (let index = 0; index < source.length; index++) {
    const char = source[index]!;
    if (/\s/u.test(char)) {
      if (!lastWasSpace) {
        normalized += " ";
        toOriginal.push(index);
        lastWasSpace = true;
      }
      continue;
    }
    for (const out of normalizeCharacter(char)) {
      normalized += out;
      toOriginal.push(index);
      lastWasSpace = false;
    }
  }
  if (normalized.endsWith(" ")) {
    normalized = normalized.slice(0, -1);
    toOriginal.pop();
  }
  toOriginal.push(source.length);
  return { normalized, toOriginal };
}
