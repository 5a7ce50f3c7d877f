/**
 * The paragraphs of a canonical revision text (canonical-text.ts): kept apart from the hashing
 * there, so the browser's reader does not bundle a crypto polyfill to split a text.
 */
export function paragraphsOf(canonicalText: string): string[] {
  return canonicalText.length === 0 ? [] : canonicalText.split("\n\n");
}
