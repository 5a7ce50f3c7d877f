import { describe, expect, it } from "vitest";
import { claimLikeness, entitiesMentioned, isAlike, numbersIn, type ClaimTraits } from "./claim-likeness";

const BAKIR = "entity-bakir";
const SOHR = "entity-sohr";
const ENTITIES = [
  { id: BAKIR, names: ["Ghassan Bakir", "غسان باكير", "Bakir", "باكير"] },
  { id: SOHR, names: ["Syrian Observatory for Human Rights", "المرصد السوري", "SOHR"] },
];

function traits(overrides: Partial<ClaimTraits>): ClaimTraits {
  return {
    type: "STATEMENT",
    claimantId: null,
    reportedViaId: null,
    date: new Date("2025-10-22T10:00:00Z"),
    numbers: [],
    mentions: new Set(),
    ...overrides,
  };
}

describe("claims alike across languages", () => {
  it("matches an English report of Bakir's statement to the Arabic one: same claimant, same type, a day apart", () => {
    const arabic = traits({ claimantId: BAKIR });
    const english = traits({ claimantId: BAKIR, date: new Date("2025-10-23T09:00:00Z") });
    const likeness = claimLikeness(arabic, english, 0.02);
    expect(likeness).toMatchObject({ reasons: ["SAME_CLAIMANT", "SAME_TYPE"], daysApart: 0 });
    expect(isAlike(likeness)).toBe(true);
    expect(
      isAlike(claimLikeness(arabic, traits({ claimantId: BAKIR, date: new Date("2025-10-24T12:00Z") }), null)),
    ).toBe(true);
  });

  it("keeps the old bar for wording alone, and ranks closer wording higher", () => {
    expect(isAlike(claimLikeness(traits({}), traits({ type: "EVENT" }), 0.2))).toBe(true);
    expect(isAlike(claimLikeness(traits({}), traits({ type: "EVENT", date: null }), 0.19))).toBe(false);
    // Close wording is the same claim however far apart its reports are.
    const monthLater = traits({ type: "EVENT", date: new Date("2025-12-01T00:00:00Z") });
    expect(isAlike(claimLikeness(traits({}), monthLater, 0.2))).toBe(true);
    expect(claimLikeness(traits({}), traits({}), 0.9).score).toBeGreaterThan(
      claimLikeness(traits({}), traits({}), 0.3).score,
    );
  });

  it("is not fooled by one shared trait: the same claimant months later on another subject, or the same type alone", () => {
    const later = traits({ claimantId: BAKIR, type: "EVENT", date: new Date("2026-03-01T00:00:00Z") });
    expect(isAlike(claimLikeness(traits({ claimantId: BAKIR }), later, 0.05))).toBe(false);
    expect(
      isAlike(claimLikeness(traits({ claimantId: BAKIR }), traits({ claimantId: BAKIR, type: "EVENT" }), null)),
    ).toBe(false);
    expect(isAlike(claimLikeness(traits({}), traits({}), null))).toBe(false);
  });

  it("matches the same toll told by different people when the figures and an entity agree", () => {
    const sohr = traits({ type: "CASUALTY_REPORT", claimantId: SOHR, numbers: ["12", "30"] });
    const relayed = traits({ type: "CASUALTY_REPORT", numbers: ["12", "30", "2025"], mentions: new Set([SOHR]) });
    const likeness = claimLikeness(sohr, relayed, null);
    expect(likeness.reasons).toEqual(["SHARED_ENTITY", "SAME_TYPE", "SAME_NUMBERS"]);
    expect(isAlike(likeness)).toBe(true);
    // Years and single digits are weak: sharing only "2025" and "3" is not the same toll.
    const weak = claimLikeness(
      traits({ numbers: ["2025", "3"] }),
      traits({ type: "EVENT", numbers: ["2025", "3"] }),
      null,
    );
    expect(isAlike(weak)).toBe(false);
  });
});

describe("figures and names in a text", () => {
  it("reads figures in any script, without thousands separators, once each", () => {
    expect(numbersIn("قتل ١٢ شخصاً وجرح 30، و١٬٢٠٠ نازح؛ 12 منهم أطفال")).toEqual(["12", "30", "1200"]);
    expect(numbersIn("1,200 displaced, 3.5 million dollars, 007")).toEqual(["1200", "3.5", "7"]);
    expect(numbersIn("no figures at all")).toEqual([]);
    expect(numbersIn("1 ".repeat(50_000)).length).toBe(1);
  });

  it("finds entities by any name, in any script, with an attached Arabic prefix but not inside another word", () => {
    expect([...entitiesMentioned("Bakir said talks for his surrender failed", ENTITIES)]).toEqual([BAKIR]);
    expect([...entitiesMentioned("وقال غسان باكير إن المفاوضات فشلت", ENTITIES)]).toEqual([BAKIR]);
    expect([...entitiesMentioned("وباكير أكد ذلك بحسب المرصد السوري", ENTITIES)]).toEqual([BAKIR, SOHR]);
    expect([...entitiesMentioned("The Bakirov family and SOHRA", ENTITIES)]).toEqual([]);
  });
});
