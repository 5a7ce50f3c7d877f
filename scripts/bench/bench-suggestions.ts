import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { suggestClaims, type KnownEntity } from "../../lib/domain/claims/claim-suggestions";
import { longReferenceArticle } from "./bench-reanchoring";
import { timeRuns } from "./time-runs";

/** Suggestions for a ~10,000-word article made of the reference texts, with the reference entities. */
export async function benchSuggestions(): Promise<void> {
  const text = longReferenceArticle();
  const fixture = JSON.parse(
    readFileSync(path.join(import.meta.dirname, "..", "..", "tests", "fixtures", "entities.json"), "utf8"),
  ) as Omit<KnownEntity, "id">[];
  const entities = fixture.map((entity, index) => ({ ...entity, id: `e${index}` }));
  let count = 0;
  const { p50, p95 } = await timeRuns(20, () => {
    count = suggestClaims(text, { entities }).length;
  });
  const words = text.split(/\s+/u).length.toLocaleString("en");
  console.log(
    `suggestions, ${words}-word article: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (target < 1000 ms), ${count} suggestions`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) void benchSuggestions();
