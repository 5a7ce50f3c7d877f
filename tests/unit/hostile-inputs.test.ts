import { describe, expect, it } from "vitest";
import { canonicalizeArticleText } from "@/lib/domain/articles/canonical-text";
import { detectLanguage } from "@/lib/domain/articles/detect-language";
import { measureHtml } from "@/lib/domain/articles/html-shape";
import { createAnchor, reanchorAll } from "@/lib/domain/claims/anchoring";
import { suggestClaims } from "@/lib/domain/claims/claim-suggestions";
import { findMentions } from "@/lib/domain/comments/mentions";
import { highlightSnippet } from "@/lib/domain/search/snippet";
import { normalizeForMatch, normalizeWithOffsets } from "@/lib/domain/text/arabic-normalize";
import { splitSentences } from "@/lib/domain/text/split-sentences";
import { extractArticle, HtmlTooComplexError } from "@/lib/server/net/extract-main-text";
import { HOSTILE_HTML, HOSTILE_TEXTS } from "../support/hostile-inputs";

/**
 * Every path that runs over user text must stay linear or bounded: one request may never
 * freeze the server for everyone. The bound is far above what a linear pass takes on a slow
 * machine (tens of ms) and far below what the quadratic versions took (7 s to 95 s).
 */
const BOUND_MS = 3_000;

function timed(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

const TEXT_PATHS: [string, (text: string) => unknown][] = [
  ["canonical text", canonicalizeArticleText],
  ["language detection", detectLanguage],
  ["normalisation", normalizeForMatch],
  ["normalisation with offsets", normalizeWithOffsets],
  ["sentence splitting", splitSentences],
  [
    "claim suggestions",
    (text) => suggestClaims(text, { entities: [{ id: "e", name: "Omar Omsen", aliases: ["عمر أومسين"] }] }),
  ],
  [
    "search highlighting",
    (text) =>
      highlightSnippet(text, {
        prefixes: [normalizeForMatch(text.slice(0, 3)), "a", "ب"],
        phrases: [[normalizeForMatch(text.slice(0, 3))], ["a", "a"], ["ب", "ب", "ب"]],
      }),
  ],
  [
    "anchoring after an edit",
    (text) =>
      reanchorAll(`x${text}`, [createAnchor(text, 10, 200), createAnchor(text, text.length - 300, text.length - 10)]),
  ],
  ["mentions", (text) => findMentions(text, [{ id: "u", name: "Farah", email: "farah@example.org" }])],
];

describe("hostile text stays within bounds on every public text path", () => {
  for (const input of HOSTILE_TEXTS) {
    it(input.name, () => {
      for (const [path, run] of TEXT_PATHS)
        expect(
          timed(() => run(input.text)),
          path,
        ).toBeLessThan(BOUND_MS);
    });
  }
});

describe("hostile HTML is refused or read within bounds", () => {
  for (const input of HOSTILE_HTML) {
    it(input.name, () => {
      const ms = timed(() => {
        try {
          extractArticle(input.text);
        } catch (error) {
          // Refusing a page too deep or large is an expected answer; anything else is a failure.
          if (!(error instanceof HtmlTooComplexError)) throw error;
        }
      });
      expect(ms).toBeLessThan(BOUND_MS);
    });
  }

  it("refuses nesting a recursive parser would overflow on", () => {
    expect(() => extractArticle(HOSTILE_HTML[0]!.text)).toThrow(HtmlTooComplexError);
    expect(measureHtml(HOSTILE_HTML[0]!.text).depth).toBeGreaterThan(512);
  });
});
