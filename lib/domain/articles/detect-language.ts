/**
 * A guess at an article's language and writing direction from its text, good enough to
 * pre-fill the import form (the fact-checker can correct it). Arabic script dominates the
 * reference material; French and English are told apart by their commonest short words.
 */
export type Direction = "rtl" | "ltr";

const RTL_LANGUAGES = new Set(["ar", "fa", "he", "ur", "ps", "yi", "ckb", "dv"]);
const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/gu;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/gu;
const FRENCH_WORDS = /\b(le|la|les|des|du|une|est|et|dans|selon|qui|que|pour|sur|avec|a été)\b/giu;
const ENGLISH_WORDS = /\b(the|and|of|to|in|is|that|for|on|with|was|said|according)\b/giu;

export function detectLanguage(text: string): string {
  const sample = text.slice(0, 20_000);
  const arabic = sample.match(ARABIC_LETTER)?.length ?? 0;
  const latin = sample.match(LATIN_LETTER)?.length ?? 0;
  if (arabic > 0 && arabic >= latin) return "ar";
  const french = sample.match(FRENCH_WORDS)?.length ?? 0;
  const english = sample.match(ENGLISH_WORDS)?.length ?? 0;
  return french > english ? "fr" : "en";
}

export function directionOfLanguage(language: string): Direction {
  const primary = language.toLowerCase().split("-")[0] ?? "";
  return RTL_LANGUAGES.has(primary) ? "rtl" : "ltr";
}
