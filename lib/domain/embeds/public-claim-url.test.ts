import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { claimEmbedPath, parsePublicClaimUrl, publicClaimPath } from "./public-claim-url";

const APP = "https://claims.example.org";
const TOKEN = "a".repeat(21) + "_-" + "B9".repeat(10);
const CLAIM = "0192f0a1-1b2c-7d3e-8f40-123456789abc";
const page = `${APP}/r/${TOKEN}/claims/${CLAIM}`;

describe("parsePublicClaimUrl", () => {
  it("reads the link token and claim id of a public claim page of this server", () => {
    expect(parsePublicClaimUrl(page, APP)).toEqual({ token: TOKEN, claimId: CLAIM });
    expect(parsePublicClaimUrl(`${page}/?utm=x#top`, APP)).toEqual({ token: TOKEN, claimId: CLAIM });
    expect(parsePublicClaimUrl(page.replace(CLAIM, CLAIM.toUpperCase()), APP)?.claimId).toBe(CLAIM);
    expect(publicClaimPath({ token: TOKEN, claimId: CLAIM })).toBe(new URL(page).pathname);
    expect(claimEmbedPath({ token: TOKEN, claimId: CLAIM })).toBe(`${new URL(page).pathname}/embed`);
  });

  it("honours an APP_URL with a path", () => {
    const base = "https://example.org/claimdesk/";
    expect(parsePublicClaimUrl(`https://example.org/claimdesk/r/${TOKEN}/claims/${CLAIM}`, base)).toEqual({
      token: TOKEN,
      claimId: CLAIM,
    });
    expect(parsePublicClaimUrl(`https://example.org/r/${TOKEN}/claims/${CLAIM}`, base)).toBeNull();
  });

  it("refuses other origins, other paths, malformed ids and oversized input", () => {
    for (const url of [
      page.replace("https:", "http:"),
      page.replace("claims.example.org", "evil.example"),
      page.replace("claims.example.org", "claims.example.org:8443"),
      page.replace("https://", "https://user:pass@"),
      `${page}/embed`,
      `${APP}/r/${TOKEN}`,
      `${APP}/r/${TOKEN}/claims/not-a-uuid`,
      `${APP}/r/${TOKEN.slice(1)}/claims/${CLAIM}`,
      `${APP}/r/${TOKEN}/claims/${CLAIM}/../../x`,
      `${APP}/x/r/${TOKEN}/claims/${CLAIM}`,
      `${page}?${"a".repeat(3_000)}`,
      "javascript:alert(1)",
      "",
      "not a url",
    ])
      expect(parsePublicClaimUrl(url, APP), url).toBeNull();
  });

  it("never throws, whatever the input", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (url) => {
        const address = parsePublicClaimUrl(url, APP);
        if (address) expect(url.startsWith(`${APP}/r/`)).toBe(true);
      }),
    );
  });
});
