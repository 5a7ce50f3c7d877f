/**
 * The canonical form of a source URL, so that the same page cited twice is one source:
 * lower-case scheme and host, no default port, no fragment, no tracking parameters, the
 * remaining query parameters sorted. It stays fetchable: "www." and the scheme are kept,
 * because some sites serve different things without them.
 */
const TRACKING_PARAMS = new Set([
  "fbclid",
  "gclid",
  "dclid",
  "msclkid",
  "yclid",
  "igshid",
  "mc_cid",
  "mc_eid",
  "ref_src",
  "ref_url",
  "_ga",
  "_gl",
  "spm",
  "cmpid",
  "ocid",
  "at_medium",
  "at_campaign",
  "s", // Twitter/X share suffix ("?s=20")
  "t", // ...and its tracking token ("&t=abc")
]);

function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith("utm_") || TRACKING_PARAMS.has(lower);
}

/** The canonical URL, or null when the text is not an http(s) URL. */
export function canonicalizeUrl(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  url.hash = "";
  url.username = "";
  url.password = "";
  url.hostname = url.hostname.replace(/\.+$/, "");
  // Sharing parameters of X/Twitter only: elsewhere "s" and "t" can be real (a search, a video time).
  const isTwitter = /(^|\.)(twitter|x)\.com$/.test(url.hostname);
  const kept = [...url.searchParams.entries()].filter(([name]) => {
    if (!isTrackingParam(name)) return true;
    return (name === "s" || name === "t") && !isTwitter;
  });
  kept.sort(([a, valueA], [b, valueB]) =>
    a === b ? (valueA < valueB ? -1 : valueA > valueB ? 1 : 0) : a < b ? -1 : 1,
  );
  url.search = new URLSearchParams(kept).toString();
  if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, "") || "/";
  return url.toString();
}

/** The site a URL belongs to, without "www." (for grouping sources that name no outlet). */
export function siteOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, "").toLowerCase() || null;
  } catch {
    return null;
  }
}
