/**
 * A stored URL as reports may print it: http(s) only, in the WHATWG serialisation, which
 * percent-encodes spaces, quotes and angle brackets. `https://news.test/a?"><img …>` comes out
 * as `https://news.test/a?%22%3E%3Cimg%20…%3E`, inert in Markdown, HTML and spreadsheets alike.
 * Backticks, quotes, braces, pipes, backslashes and carets are encoded too. Anything else
 * (javascript:, data:, a broken string) is dropped rather than printed.
 */
export function safeHttpUrl(raw: string | null | undefined): string | null {
  if (!raw || !URL.canParse(raw.trim())) return null;
  const url = new URL(raw.trim());
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  // Credentials never belong in a published link.
  url.username = "";
  url.password = "";
  // WHATWG leaves these as they are in queries and fragments; Markdown and spreadsheets read some of them.
  return url.href.replace(/[`'{}|\\^]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}
