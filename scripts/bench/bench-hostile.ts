import { canonicalizeArticleText } from "../../lib/domain/articles/canonical-text";
import { createAnchor, reanchorAll } from "../../lib/domain/claims/anchoring";
import { suggestClaims } from "../../lib/domain/claims/claim-suggestions";
import { highlightSnippet } from "../../lib/domain/search/snippet";
import { normalizeForMatch } from "../../lib/domain/text/arabic-normalize";
import { splitSentences } from "../../lib/domain/text/split-sentences";
import { extractArticle } from "../../lib/server/net/extract-main-text";
import { HOSTILE_HTML, HOSTILE_TEXTS } from "../../tests/support/hostile-inputs";

const PATHS: [string, (text: string) => unknown][] = [
  ["canonical text", canonicalizeArticleText],
  ["sentence splitting", splitSentences],
  ["claim suggestions", (text) => suggestClaims(text, { entities: [] })],
  [
    "search highlighting",
    (text) => {
      const start = normalizeForMatch(text.slice(0, 3));
      return highlightSnippet(text, { prefixes: [start], phrases: [[start, start]] });
    },
  ],
  ["anchoring", (text) => reanchorAll(`x${text}`, [createAnchor(text, 10, 200)])],
];

function timed(run: () => unknown): number {
  const started = performance.now();
  try {
    run();
  } catch {
    // A refusal (a page too deep or large) is an answer too; its time is what counts here.
  }
  return performance.now() - started;
}

/** The slowest hostile input on any public text path: the figure issue 14 asks for. */
export async function benchHostileInputs(): Promise<void> {
  const runs = [
    ...HOSTILE_TEXTS.flatMap((input) =>
      PATHS.map(([path, run]) => ({ what: `${path} / ${input.name}`, ms: timed(() => run(input.text)) })),
    ),
    ...HOSTILE_HTML.map((input) => ({
      what: `HTML extraction / ${input.name}`,
      ms: timed(() => extractArticle(input.text)),
    })),
  ].sort((a, b) => b.ms - a.ms);
  const worst = runs.slice(0, 3).map((run) => `${run.what} ${run.ms.toFixed(0)} ms`);
  console.log(`hostile inputs (${runs.length} runs): worst ${worst.join("; ")}`);
}
