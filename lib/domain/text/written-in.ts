import { detectLanguage, directionOfLanguage, type Direction } from "@/lib/domain/articles/detect-language";

export type WrittenIn = { lang: string; dir: Direction };

const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/gu;
const LTR_LETTER = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/gu;
/** Enough letters to tell the script of a statement or title; bounds the work on long text. */
const SAMPLE = 2_000;

/**
 * The language and direction to lay out a piece of user-written text in, given the language of
 * what surrounds it (usually its article). A claim written in English about an Arabic article is
 * English, left to right; text in the surrounding script keeps the surrounding language, and text
 * with no letters at all (a figure, a date) follows its surroundings. Majority of letters, not the
 * first strong one, so "AFP: ..." in Arabic still reads right to left.
 */
export function writtenIn(text: string, surroundingLanguage: string): WrittenIn {
  const sample = text.slice(0, SAMPLE);
  const rtl = sample.match(RTL_LETTER)?.length ?? 0;
  const ltr = sample.match(LTR_LETTER)?.length ?? 0;
  const surrounding = { lang: surroundingLanguage, dir: directionOfLanguage(surroundingLanguage) };
  if (rtl === 0 && ltr === 0) return surrounding;
  const dir: Direction = rtl >= ltr ? "rtl" : "ltr";
  if (dir === surrounding.dir) return surrounding;
  const guess = detectLanguage(sample);
  // The guesser knows Arabic, English and French; another script is marked undetermined rather than mislabelled.
  return { lang: directionOfLanguage(guess) === dir ? guess : "und", dir };
}
