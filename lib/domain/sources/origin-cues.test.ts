import { describe, expect, it } from "vitest";
import { normalizeForMatch } from "@/lib/domain/text/arabic-normalize";
import { MAX_CANDIDATES, originCandidates, pickOrigin } from "./origin-cues";

const NAMES: [string, string][] = [
  ["المرصد السوري", "sohr"],
  ["المرصد السوري لحقوق الإنسان", "sohr"],
  ["Syrian Observatory for Human Rights", "sohr"],
  ["AFP", "afp"],
  ["وكالة فرانس برس", "afp"],
  ["Agence France-Presse", "afp"],
  ["Reuters", "reuters"],
  ["Syrian Interior Ministry", "ministry"],
];
const BY_NAME = new Map(NAMES.map(([name, id]) => [normalizeForMatch(name), id]));
const guess = (text: string) => pickOrigin(originCandidates(text), BY_NAME);

describe("origins from a source's own words", () => {
  it("reads Arabic attribution, with prepositions attached to the name", () => {
    expect(guess("قتل 12 شخصاً بحسب المرصد السوري لحقوق الإنسان.")).toEqual({
      entityId: "sohr",
      count: 1,
      cue: "بحسب المرصد السوري لحقوق الإنسان",
    });
    expect(guess("وفقاً للمرصد السوري، فإن الاشتباكات استمرت.")).toMatchObject({ entityId: "sohr" });
    expect(guess("نقلاً عن وكالة فرانس برس، قال مسؤول إن...")).toMatchObject({ entityId: "afp" });
  });

  it("reads English and French attribution, before and after the name, and datelines", () => {
    expect(guess("Twelve people were killed, according to the Syrian Observatory for Human Rights.")).toMatchObject({
      entityId: "sohr",
    });
    expect(guess("A security official told AFP the operation was over.")).toMatchObject({
      entityId: "afp",
      cue: "told AFP",
    });
    expect(guess("Douze personnes ont été tuées, selon l'AFP.")).toMatchObject({ entityId: "afp" });
    expect(guess("BEIRUT (Reuters) - Clashes broke out on Tuesday.")).toMatchObject({ entityId: "reuters" });
    expect(guess("The Syrian Interior Ministry said in a statement that the camp was secured.")).toMatchObject({
      entityId: "ministry",
    });
  });

  it("keeps the entity relied on most, and guesses nothing when the text names no known origin", () => {
    const text =
      "According to AFP, the toll rose. SOHR said fighting went on. Later, AFP reported that the toll rose again.";
    expect(guess(text)).toMatchObject({ entityId: "afp", count: 2 });
    expect(guess("The weather was mild and the market reopened.")).toBeNull();
    // A name without a cue is a mention, not an origin.
    expect(guess("Reuters journalists were not in the camp.")).toBeNull();
  });

  it("stays bounded on hostile input", () => {
    const hostile = "according to ".repeat(20_000);
    const started = performance.now();
    expect(originCandidates(hostile).length).toBeLessThanOrEqual(MAX_CANDIDATES);
    expect(originCandidates("بحسب ".repeat(50_000)).length).toBeLessThanOrEqual(MAX_CANDIDATES);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
