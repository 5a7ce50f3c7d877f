/** A tag's name as shown: NFC, trimmed, inner whitespace collapsed. At most this many characters. */
export const TAG_NAME_MAX_LENGTH = 40;

export function cleanTagName(name: string): string {
  return name.normalize("NFC").replace(/\s+/gu, " ").trim();
}

/**
 * The key that makes a name unique in its team: "Harem", "harem" and "ＨＡＲＥＭ" are one tag, and so
 * are Arabic spellings that differ only by tatweel (ـ). Compatibility forms fold (NFKC), then case.
 */
export function normaliseTagName(name: string): string {
  return cleanTagName(name)
    .normalize("NFKC")
    .replace(/\u0640/gu, "")
    .toLocaleLowerCase("und");
}
