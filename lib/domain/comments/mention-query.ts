/**
 * The mention being typed before the caret: "@" at the start or after a non-word character, then
 * up to 40 characters on one line with at most one space ("@Elias Ed"). Null when there is none.
 */
export function mentionAt(text: string, caret: number): { start: number; query: string } | null {
  const match = /(?:^|[^\p{L}\p{N}_])@([^\s@][^\n@]{0,39}|)$/u.exec(text.slice(0, caret));
  if (!match) return null;
  const query = match[1]!;
  if ((query.match(/ /g)?.length ?? 0) > 1 || query.endsWith(" ")) return null;
  return { start: caret - query.length - 1, query };
}
