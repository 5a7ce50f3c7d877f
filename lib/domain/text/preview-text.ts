/**
 * Longest statement or quote a list row carries. Rows clamp to a few lines anyway, and a page of
 * 50 rows then stays small however long each statement is (up to 2,000 characters).
 */
export const PREVIEW_LIMIT = 240;

/** The text, or its start cut at a word where one is near, with an ellipsis; never half a character. */
export function previewText(text: string, limit = PREVIEW_LIMIT): string {
  if (text.length <= limit) return text;
  let end = limit - 1;
  // A surrogate pair (an emoji, a rare CJK character) is one character: never cut between its halves.
  if (/[\uD800-\uDBFF]/.test(text[end - 1] ?? "")) end -= 1;
  const space = text.lastIndexOf(" ", end);
  if (space > end * 0.8) end = space;
  return `${text.slice(0, end).trimEnd()}…`;
}
