import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { canonicalizeArticleText } from "../../lib/domain/articles/canonical-text";
import { createAnchor, reanchorAll } from "../../lib/domain/claims/anchoring";
import { timeRuns } from "./time-runs";

const FIXTURES = path.join(import.meta.dirname, "..", "..", "tests", "fixtures", "articles");

/** A ~10,000-word article made of the reference texts, as the suggestion bench uses too. */
export function longReferenceArticle(words = 10_000): string {
  const base = ["000_084f554aaf88ce56.txt", "002_494f5185cd61c60b.txt"]
    .map((file) => canonicalizeArticleText(readFileSync(path.join(FIXTURES, file), "utf8")))
    .join("\n\n");
  const parts: string[] = [];
  let count = 0;
  while (count < words) {
    parts.push(base);
    count += base.split(/\s+/u).length;
  }
  return parts.join("\n\n");
}

/** Re-anchoring 500 claims after an edit near the top of a 10,000-word article. */
export async function benchReanchoring(): Promise<void> {
  const text = longReferenceArticle();
  const step = Math.floor(text.length / 500);
  const anchors = Array.from({ length: 500 }, (_, index) =>
    createAnchor(text, index * step, index * step + Math.min(80, step - 1)),
  );
  const edited = `تصحيح: أضيفت جملة في أول المقال.\n\n${text.slice(0, 200)} (تحديث) ${text.slice(200)}`;
  let statuses: Record<string, number> = {};
  const { p50, p95 } = await timeRuns(20, () => {
    statuses = {};
    for (const result of reanchorAll(edited, anchors)) statuses[result.status] = (statuses[result.status] ?? 0) + 1;
  });
  console.log(
    `re-anchoring 500 claims after an edit: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (target < 1000 ms) ${JSON.stringify(statuses)}`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) void benchReanchoring();
