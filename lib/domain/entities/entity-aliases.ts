import { normalizeForMatch } from "@/lib/domain/text/arabic-normalize";

/**
 * The spellings stored for an entity: its name first, then each alias, one per normalised
 * form, so "أومسين" and "اومسين" are one matching key, kept as first written.
 */
export function entityAliasRows(name: string, aliases: readonly string[]): { alias: string; normalized: string }[] {
  const byKey = new Map<string, string>();
  for (const alias of [name, ...aliases]) {
    const key = normalizeForMatch(alias);
    if (key && !byKey.has(key)) byKey.set(key, alias.normalize("NFC").trim());
  }
  return [...byKey].map(([normalized, alias]) => ({ alias, normalized }));
}
