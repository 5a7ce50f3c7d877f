/**
 * The "Send to ClaimDesk" bookmarklet: run on any page, it opens ClaimDesk's import page with
 * that page's address, title and the text the user selected. It reads nothing else and sends
 * nothing anywhere but to ClaimDesk itself (a new tab on our own address).
 */

/** What the bookmarklet sends at most: a claim's quote, not a whole page (the URL must survive the sign-in round trip). */
export const BOOKMARKLET_LIMITS = { url: 2_000, title: 300, quote: 1_000 } as const;

/**
 * The bookmarklet's `javascript:` URL. The code is a constant template; the only variable part
 * is ClaimDesk's own import address (from APP_URL), embedded as a JSON string literal with `<`,
 * `>`, `&` and the line separators escaped, so no address can end the string or a surrounding
 * script element. The whole code is percent-encoded, as browsers decode a `javascript:` URL once
 * before running it.
 */
export function sendToClaimDeskBookmarklet(importPageUrl: string): string {
  const { url, title, quote } = BOOKMARKLET_LIMITS;
  const code =
    `(function(){` +
    `var s=String(window.getSelection?window.getSelection():"").trim().slice(0,${quote});` +
    `var p=new URLSearchParams();` +
    `p.set("url",location.href.slice(0,${url}));` +
    `p.set("title",document.title.slice(0,${title}));` +
    `if(s)p.set("quote",s);` +
    `window.open(${scriptString(importPageUrl)}+"?"+p.toString(),"_blank","noopener");` +
    `})();`;
  return `javascript:${encodeURIComponent(code)}`;
}

/** The code a bookmarklet URL runs (as the browser decodes it). */
export function bookmarkletCode(bookmarkletUrl: string): string {
  return decodeURIComponent(bookmarkletUrl.replace(/^javascript:/, ""));
}

function scriptString(value: string): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
