/**
 * Inputs an attacker (or a broken page) can send through every public text path: long single
 * tokens, runs of punctuation, digits and Arabic marks, dots and slashes, deep nesting. Each one
 * broke a quadratic or recursive algorithm once; the unit test and `npm run bench` run them all.
 */
const LONG = 400_000;

export interface HostileText {
  name: string;
  text: string;
}

export const HOSTILE_TEXTS: HostileText[] = [
  { name: "one 400,000-letter word", text: "a".repeat(LONG) },
  { name: "one 100,000-letter Arabic word", text: "ب".repeat(100_000) },
  { name: "a 120,000-character token of letters with one slash", text: `${"x".repeat(120_000)}/` },
  { name: "dots and slashes alternating", text: "a./".repeat(LONG / 3) },
  { name: "only dots", text: ".".repeat(LONG) },
  { name: "punctuation run", text: "!?؟،؛:;,-—".repeat(LONG / 10) },
  { name: "digits run", text: "٣3".repeat(LONG / 2) },
  { name: "Arabic diacritics and tatweel", text: "بَّـًٌٍْ".repeat(LONG / 8) },
  { name: "speech verb then no speaker", text: "قال ".repeat(LONG / 4) },
  { name: "source cue repeated", text: "بحسب ".repeat(LONG / 5) },
  { name: "one sentence of many short words", text: "و ".repeat(LONG / 2) },
  { name: "mentions and hashes", text: "@#".repeat(LONG / 2) },
  { name: "newlines", text: "\n".repeat(LONG) },
  { name: "mixed scripts without spaces", text: "abcأبجd1٢".repeat(LONG / 9) },
];

export const HOSTILE_HTML: HostileText[] = [
  { name: "100,000 nested divs", text: `<html><body>${"<div>".repeat(100_000)}text` },
  { name: "unclosed tag starts", text: "<a".repeat(200_000) },
  { name: "many scripts", text: "<script>".repeat(50_000) },
  {
    name: "a 1.5 MB paragraph",
    text: `<html><body><article><p>${"word ".repeat(300_000)}</p></article></body></html>`,
  },
  {
    name: "100,000 sibling paragraphs",
    text: `<html><body><article>${"<p>news text here</p>".repeat(100_000)}</article></body></html>`,
  },
];
