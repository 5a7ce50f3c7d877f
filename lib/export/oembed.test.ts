import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EMBED_HEIGHT, EMBED_WIDTH, embedFrameSize, oEmbedRich } from "./oembed";

describe("embedFrameSize", () => {
  it("is the card's natural size when the consumer sets no limit or a generous one", () => {
    expect(embedFrameSize({})).toEqual({ width: EMBED_WIDTH, height: EMBED_HEIGHT });
    expect(embedFrameSize({ maxwidth: 1_200, maxheight: 900 })).toEqual({ width: EMBED_WIDTH, height: EMBED_HEIGHT });
  });

  it("narrows to maxwidth and grows taller as the statement wraps, within maxheight", () => {
    expect(embedFrameSize({ maxwidth: 320 })).toEqual({ width: 320, height: 420 });
    expect(embedFrameSize({ maxwidth: 320, maxheight: 300 })).toEqual({ width: 320, height: 300 });
    expect(embedFrameSize({ maxheight: 100 })).toEqual({ width: EMBED_WIDTH, height: 100 });
  });

  it("always respects the limits it is given (oEmbed: providers must)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5_000 }), fc.integer({ min: 1, max: 5_000 }), (maxwidth, maxheight) => {
        const { width, height } = embedFrameSize({ maxwidth, maxheight });
        expect(width).toBeLessThanOrEqual(maxwidth);
        expect(height).toBeLessThanOrEqual(maxheight);
        expect(Number.isInteger(width) && Number.isInteger(height) && width > 0 && height > 0).toBe(true);
      }),
    );
  });
});

describe("oEmbedRich", () => {
  it("answers a rich type whose html is an escaped, sandboxed iframe of the embed", () => {
    const answer = oEmbedRich({
      embedUrl: "https://claims.example/r/t/claims/c/embed",
      title: `He said "<script>alert(1)</script>" & left`,
      authorName: "Al-Rased",
      providerUrl: "https://claims.example",
      size: { width: 400, height: 300 },
    });
    expect(answer).toMatchObject({ type: "rich", version: "1.0", provider_name: "ClaimDesk", width: 400, height: 300 });
    expect(answer.html).toMatch(
      /^<iframe src="https:\/\/claims\.example\/r\/t\/claims\/c\/embed" width="400" height="300"/,
    );
    expect(answer.html).toContain('title="He said &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot; &amp; left"');
    expect(answer.html).not.toContain("allow-scripts");
    expect(answer.html).toContain('sandbox="allow-popups');
  });
});
