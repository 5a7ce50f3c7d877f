/**
 * The page shown while the database is unreachable (see database-outage.ts): served by the proxy
 * with status 503, in the reader's language, refreshing itself until ClaimDesk answers again. Plain
 * HTML with its text escaped and no script, so it needs nothing from the app to render.
 */
import { directionOf, type Locale } from "@/lib/i18n/locales";

export const OUTAGE_RETRY_SECONDS = 5;

export interface OutageTexts {
  title: string;
  body: string;
  retry: string;
}

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

export function outagePageHtml(locale: Locale, texts: OutageTexts): string {
  const [title, body, retry] = [texts.title, texts.body, texts.retry].map(escapeHtml);
  return `<!doctype html>
<html lang="${locale}" dir="${directionOf(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${OUTAGE_RETRY_SECONDS}">
<title>${title}</title>
<style>body{font-family:system-ui,"Noto Naskh Arabic",sans-serif;margin:0;color:#0f172a;background:#f8fafc}main{max-width:36rem;margin:4rem auto;padding:0 1rem}h1{font-size:1.5rem}a{color:#1d4ed8}</style>
</head>
<body>
<main role="alert">
<h1>${title}</h1>
<p>${body}</p>
<p><a href="">${retry}</a></p>
</main>
</body>
</html>`;
}

/** Its own policy: no scripts at all, the one inline style block. */
export const OUTAGE_PAGE_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
