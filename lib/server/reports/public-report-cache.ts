import "server-only";

/** Rendered public pages kept in memory; each is at most a few hundred kilobytes. */
const MAX_ENTRIES = 200;

interface Entry {
  fingerprint: string;
  /** Null: no such page (beyond the last one), remembered too. */
  html: string | null;
}

const entries = new Map<string, Entry>();

/**
 * A bounded, least-recently-used store of rendered public report pages, keyed by link, language
 * and page. An entry is used only while its fingerprint (public-report-state.ts) is the current
 * one, so a new published version, a retraction or a new key shows at the next request; a
 * revoked link never reaches it.
 */
export async function cachedPublicReportPage(
  key: string,
  fingerprint: string,
  render: () => Promise<string | null>,
): Promise<{ html: string | null; hit: boolean }> {
  const found = entries.get(key);
  if (found?.fingerprint === fingerprint) {
    // Re-inserted: a Map iterates in insertion order, so the first key is the least recently used.
    entries.delete(key);
    entries.set(key, found);
    return { html: found.html, hit: true };
  }
  const html = await render();
  entries.delete(key);
  entries.set(key, { fingerprint, html });
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return { html, hit: false };
}

/** Drops every page of a link (revoked or unknown): nothing of it stays in memory. */
export function forgetPublicReport(token: string): void {
  for (const key of entries.keys()) if (key.startsWith(`${token}|`)) entries.delete(key);
}
