/**
 * The URL-safe base of a team's slug: ASCII letters and digits of its name, hyphenated.
 * Names in other scripts (Arabic) have none, so they fall back to "team"; the caller makes
 * the slug unique.
 */
export function teamSlugBase(name: string): string {
  const ascii = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48)
    .replace(/-+$/g, "");
  return ascii || "team";
}
