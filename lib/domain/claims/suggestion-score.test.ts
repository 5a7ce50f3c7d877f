import { describe, expect, it } from "vitest";
import { scoreSuggestions, speakerMatches, type ReferenceClaim, type ScoredSuggestion } from "./suggestion-score";

const text = "Ann said one. Bob said two. Cy said three. Filler sentence here.";
const references: ReferenceClaim[] = [
  { quote: "Ann said one.", type: "STATEMENT", speaker: "Ann" },
  { quote: "Bob said two.", type: "STATEMENT", speaker: "Bob" },
  { quote: "Cy said three.", type: "STATISTIC", speaker: null },
];
const span = (quote: string, type: ScoredSuggestion["type"], name: string | null): ScoredSuggestion => {
  const start = text.indexOf(quote);
  return { start, end: start + quote.length, type, claimant: name ? { entityId: null, name } : null };
};
const entities = [{ id: "omsen", name: "Omar Omsen", aliases: ["عمر أومسين", "Omar Diaby"] }];

describe("scoreSuggestions", () => {
  it("does not count a suggestion that covers three reference claims as a hit", () => {
    const score = scoreSuggestions(
      text,
      references,
      [span("Ann said one. Bob said two. Cy said three.", "STATEMENT", "Ann")],
      [],
    );
    expect(score.hits).toBe(0);
    expect(score.relevant).toBe(1);
  });

  it("counts hits of suggestions covering one or two claims, and type and speaker over hits", () => {
    const score = scoreSuggestions(
      text,
      references,
      [
        span("Ann said one. Bob said two.", "STATEMENT", "Ann"),
        span("Cy said three.", "EVENT", null),
        span("Filler sentence here.", "EVENT", null),
      ],
      [],
    );
    expect([score.hits, score.typeCorrect, score.speakerCorrect]).toEqual([3, 2, 2]);
    expect([score.relevant, score.suggestions]).toEqual([2, 3]);
  });

  it("matches speakers by normalised names, an entity's aliases and Arabic name standing for it", () => {
    expect(speakerMatches("Omar Omsen", { entityId: "omsen", name: "Omar Omsen" }, entities)).toBe(true);
    expect(speakerMatches("عمر أومسين", { entityId: null, name: "Omar Diaby" }, entities)).toBe(true);
    expect(speakerMatches("منى نور الدائم", { entityId: null, name: "نور الدائم" }, [])).toBe(true);
    expect(speakerMatches("Ghassan Bakir", { entityId: null, name: "Syrian Internal Security Forces" }, [])).toBe(
      false,
    );
    expect(speakerMatches([null, "AFP"], null, [])).toBe(true);
    expect(speakerMatches("AFP", null, [])).toBe(false);
  });
});
