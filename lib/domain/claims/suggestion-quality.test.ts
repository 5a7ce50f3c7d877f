import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { canonicalizeArticleText } from "@/lib/domain/articles/canonical-text";
import { suggestClaims, type KnownEntity } from "./claim-suggestions";
import { ratio, scoreSuggestions, type ReferenceClaim, type SuggestionScore } from "./suggestion-score";

/**
 * Suggestions scored against the labelled set of tests/fixtures/suggestions. The floors sit just
 * below today's figures so that a rule that helps one article and hurts others fails here.
 */
const root = path.join(import.meta.dirname, "../../../tests/fixtures");
const dir = path.join(root, "suggestions");
type FixtureEntity = { name: string; arabicName?: string; aliases: string[] };
const entities: KnownEntity[] = [
  ...(JSON.parse(readFileSync(path.join(root, "entities.json"), "utf8")) as FixtureEntity[]),
  ...(JSON.parse(readFileSync(path.join(dir, "entities.json"), "utf8")) as FixtureEntity[]),
].map((entity, index) => ({
  id: `e${index}`,
  name: entity.name,
  aliases: [...(entity.arabicName ? [entity.arabicName] : []), ...entity.aliases],
}));

interface LabelledArticle {
  name: string;
  file: string;
  language: "ar" | "en" | "fr";
  heldOut: boolean;
  /** Written and labelled after the rules were tuned: the closest this set gets to unseen articles. */
  writtenAfterTuning?: boolean;
  /** 1 to 3: written after a tuning, then read to find general bugs; 4: written last, never tuned on. */
  round?: number;
  claims: ReferenceClaim[];
}
const articles: LabelledArticle[] = readdirSync(dir)
  .filter((file) => file.endsWith(".json") && file !== "entities.json")
  .map((file) => ({ name: file.replace(/\.json$/u, ""), ...JSON.parse(readFileSync(path.join(dir, file), "utf8")) }));

function scoreOf(article: LabelledArticle, hideLessCheckable = false): SuggestionScore {
  const text = canonicalizeArticleText(readFileSync(path.join(root, article.file), "utf8"));
  const suggestions = suggestClaims(text, { entities }).filter((s) => !hideLessCheckable || !s.lessCheckable);
  const score = scoreSuggestions(text, article.claims, suggestions, entities);
  if (process.env.SUGGESTION_DETAILS && !article.heldOut && !hideLessCheckable)
    for (const extra of score.extras) print(`${article.name} EXTRA ${text.slice(extra.start, extra.end)}`);
  return score;
}

interface Figures {
  recall: number;
  precision: number;
  type: number;
  speaker: number;
  claims: number;
  suggestions: number;
}
function figures(scores: SuggestionScore[]): Figures {
  const sum = (key: keyof Omit<SuggestionScore, "details" | "extras">) =>
    scores.reduce((total, s) => total + s[key], 0);
  return {
    recall: ratio(sum("hits"), sum("references")),
    precision: ratio(sum("relevant"), sum("suggestions")),
    type: ratio(sum("typeCorrect"), sum("hits")),
    speaker: ratio(sum("speakerCorrect"), sum("hits")),
    claims: sum("references"),
    suggestions: sum("suggestions"),
  };
}
/** The figures are the point of this test: printed with every run (vitest shows a test's stdout). */
const print = (line: string) => process.stdout.write(`${line}\n`);
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
function table(label: string, scored: { article: LabelledArticle; score: SuggestionScore }[]): Figures {
  const rows: [string, Figures][] = (["ar", "en", "fr"] as const).map((language) => [
    language,
    figures(scored.filter((entry) => entry.article.language === language).map((entry) => entry.score)),
  ]);
  const overall = figures(scored.map((entry) => entry.score));
  rows.push(["all", overall]);
  print(
    [
      `suggestion quality, ${label}:`,
      ...rows.map(
        ([name, f]) =>
          `  ${name.padEnd(3)} recall ${percent(f.recall)}  precision ${percent(f.precision)}  type ${percent(f.type)}  speaker ${percent(f.speaker)}  (${f.claims} claims, ${f.suggestions} suggestions)`,
      ),
    ].join("\n"),
  );
  return overall;
}

const scored = articles.map((article) => ({ article, score: scoreOf(article) }));
const scoredHidden = articles.map((article) => ({ article, score: scoreOf(article, true) }));

describe("suggestion quality on the labelled set", () => {
  it("has at least four articles per language, every quote found in its article", () => {
    for (const language of ["ar", "en", "fr"]) {
      expect(articles.filter((article) => article.language === language).length).toBeGreaterThanOrEqual(4);
    }
    expect(scored.every((entry) => entry.score.references > 0)).toBe(true);
  });

  it("keeps recall, precision, type and speaker accuracy above their floors", () => {
    if (process.env.SUGGESTION_DETAILS) {
      for (const { article, score } of scored.filter(
        (entry) =>
          !entry.article.heldOut || (process.env.SUGGESTION_DETAILS === "fresh" && entry.article.writtenAfterTuning),
      )) {
        for (const detail of score.details.filter(
          (d) => !d.hit || !d.speakerOk || process.env.SUGGESTION_DETAILS === "fresh",
        ))
          print(`${article.name} ${JSON.stringify(detail)}`);
      }
    }
    const tuning = table(
      "tuning set",
      scored.filter((entry) => !entry.article.heldOut),
    );
    const heldOut = table(
      "held-out set (not looked at while tuning)",
      scored.filter((entry) => entry.article.heldOut),
    );
    table(
      "of which written after tuning, round 1 (then looked at)",
      scored.filter((entry) => entry.article.writtenAfterTuning && !entry.article.round),
    );
    const secondRound = table(
      "of which round 2 (written after tuning, then read to fix general bugs)",
      scored.filter((entry) => entry.article.round === 2),
    );
    const thirdRound = table(
      "of which round 3 (written blind, measured, then read to fix general bugs)",
      scored.filter((entry) => entry.article.round === 3),
    );
    const lastRound = table(
      "of which round 4, written last, labelled blind, never looked at",
      scored.filter((entry) => entry.article.round === 4),
    );
    // Hiding the less checkable trades recall for precision (about 95% recall and 97% precision, against 100% and
    // 92% shown all): the ranking does not earn hiding by default, so the panel's switch starts off.
    const hidden = table("whole set with less checkable hidden", scoredHidden);
    expect(hidden.precision).toBeGreaterThan(tuning.precision);
    expect(tuning.recall).toBeGreaterThanOrEqual(0.99);
    expect(tuning.precision).toBeGreaterThanOrEqual(0.9);
    expect(tuning.type).toBeGreaterThanOrEqual(0.97);
    expect(tuning.speaker).toBeGreaterThanOrEqual(0.99);
    // Round 3 joined the held-out set (its precision, 88%, was the same before and after the rules changed);
    // round 4 joined it unseen, which lowered its type (92% to 89%) and speaker (99% to 93%) figures.
    expect(heldOut.recall).toBeGreaterThanOrEqual(0.98);
    expect(heldOut.precision).toBeGreaterThanOrEqual(0.9);
    expect(heldOut.type).toBeGreaterThanOrEqual(0.88);
    expect(heldOut.speaker).toBeGreaterThanOrEqual(0.92);
    expect(secondRound.recall).toBeGreaterThanOrEqual(0.96);
    expect(secondRound.precision).toBeGreaterThanOrEqual(0.96);
    expect(secondRound.type).toBeGreaterThanOrEqual(0.87);
    expect(secondRound.speaker).toBeGreaterThanOrEqual(0.99);
    // Round 3 was written blind and measured first (recall 99.3%, precision 88.2%, type 68.6%, speaker 85.0%),
    // then read: its floors sit just under the figures after the rules written from it.
    expect(thirdRound.recall).toBeGreaterThanOrEqual(0.98);
    expect(thirdRound.precision).toBeGreaterThanOrEqual(0.87);
    expect(thirdRound.type).toBeGreaterThanOrEqual(0.91);
    expect(thirdRound.speaker).toBeGreaterThanOrEqual(0.98);
    // The articles written last stand for unseen ones (the targets: recall 95%, precision 80%, type
    // and speaker 80%); the floors sit just under their first measurement and guard against regressions.
    // Measured before anyone read its errors: recall 99.3%, precision 93.0%, type 83.9%, speaker 82.5%.
    expect(lastRound.recall).toBeGreaterThanOrEqual(0.98);
    expect(lastRound.precision).toBeGreaterThanOrEqual(0.92);
    expect(lastRound.type).toBeGreaterThanOrEqual(0.83);
    expect(lastRound.speaker).toBeGreaterThanOrEqual(0.81);
  });
});
