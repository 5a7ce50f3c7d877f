/**
 * The link to another page of a list: the same path and filters (they live in the URL), with
 * `cursor` set, or removed for the first page.
 */
export function pageHref(
  pathname: string,
  params: Readonly<Record<string, string | string[] | null | undefined>>,
  cursor: string | null,
  cursorParam = "cursor",
): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (name === cursorParam || value === null || value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) if (one !== "") query.append(name, one);
  }
  if (cursor) query.set(cursorParam, cursor);
  const search = query.toString();
  return search ? `${pathname}?${search}` : pathname;
}
