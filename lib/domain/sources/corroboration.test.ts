import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { corroborationOf, originGroupKey, type EvidenceForCorroboration, type Stance } from "./corroboration";

const SOHR = "entity-sohr";
const AFP = "entity-afp";

let sequence = 0;
function evidence(stance: Stance, overrides: Partial<EvidenceForCorroboration> = {}): EvidenceForCorroboration {
  sequence += 1;
  return {
    stance,
    sourceId: `source-${sequence}`,
    sourceTitle: `Source ${sequence}`,
    originId: null,
    originName: null,
    outlet: null,
    url: null,
    ...overrides,
  };
}
const fromSohr = (stance: Stance = "SUPPORTS", outlet = "Outlet") =>
  evidence(stance, { originId: SOHR, originName: "SOHR", outlet });
const fromAfp = (stance: Stance = "SUPPORTS", outlet = "France 24") =>
  evidence(stance, { originId: AFP, originName: "AFP", outlet });

describe("originGroupKey", () => {
  it("groups by origin entity, else outlet (Arabic-normalised), else website, else the source", () => {
    expect(originGroupKey(fromSohr())).toEqual({ key: `entity:${SOHR}`, label: "SOHR" });
    expect(originGroupKey(evidence("SUPPORTS", { outlet: "الشرق الأوسط" })).key).toBe(
      originGroupKey(evidence("SUPPORTS", { outlet: "الشرق الاوسط" })).key,
    );
    expect(originGroupKey(evidence("SUPPORTS", { url: "https://www.ultrasyria.net/x" }))).toEqual({
      key: "site:ultrasyria.net",
      label: "ultrasyria.net",
    });
    expect(originGroupKey(evidence("SUPPORTS", { sourceId: "s-1", sourceTitle: "Interview" }))).toEqual({
      key: "source:s-1",
      label: "Interview",
    });
  });
});

describe("corroborationOf", () => {
  it("counts five outlets repeating SOHR as one confirmation", () => {
    const result = corroborationOf(
      [
        fromSohr("SUPPORTS", "A"),
        fromSohr("SUPPORTS", "B"),
        fromSohr("SUPPORTS", "C"),
        fromSohr("SUPPORTS", "D"),
        fromSohr("SUPPORTS", "E"),
      ],
      { claimantId: null },
    );
    expect(result.supports.sources).toBe(5);
    expect(result.supports.independent.map((group) => group.label)).toEqual(["SOHR"]);
    expect(result.supports.repeats).toEqual([{ group: expect.objectContaining({ label: "SOHR" }), count: 4 }]);
    expect(result.singleOrigin?.label).toBe("SOHR");
    expect(result.status).toBe("CORROBORATED");
  });

  it("does not count the claimant repeating itself: '2 independent confirmations; 3 more repeat SOHR'", () => {
    const result = corroborationOf(
      [fromSohr(), fromSohr(), fromSohr(), fromAfp(), evidence("SUPPORTS", { outlet: "Ultra Syria" })],
      { claimantId: SOHR },
    );
    expect(result.supports.independent.map((group) => group.label).sort()).toEqual(["AFP", "Ultra Syria"]);
    expect(result.supports.repeats).toEqual([
      { group: expect.objectContaining({ label: "SOHR", isClaimant: true }), count: 3 },
    ]);
    expect(result.singleOrigin).toBeNull();
    expect(result.status).toBe("CORROBORATED");
  });

  it("is UNCORROBORATED when all support comes from the claimant", () => {
    const result = corroborationOf([fromSohr(), fromSohr()], { claimantId: SOHR });
    expect(result.supports.independent).toEqual([]);
    expect(result.status).toBe("UNCORROBORATED");
    expect(result.singleOrigin?.isClaimant).toBe(true);
  });

  it("is CONTESTED with independent support and refutation, REFUTED with refutation only", () => {
    expect(corroborationOf([fromSohr(), fromAfp("REFUTES")], { claimantId: null }).status).toBe("CONTESTED");
    const refuted = corroborationOf([fromAfp("REFUTES"), fromAfp("REFUTES", "Le Monde")], { claimantId: null });
    expect(refuted.status).toBe("REFUTED");
    expect(refuted.refutes.independent.map((group) => group.label)).toEqual(["AFP"]);
  });

  it("has NO_EVIDENCE with context only, and counts context apart", () => {
    const result = corroborationOf([evidence("CONTEXT"), evidence("CONTEXT")], { claimantId: null });
    expect(result).toMatchObject({ status: "NO_EVIDENCE", context: 2, singleOrigin: null });
  });

  it("never counts more independent confirmations than sources, nor more than distinct origins (property)", () => {
    const origin = fc.constantFrom(null, "o1", "o2", "o3");
    const item = fc.record({
      stance: fc.constantFrom<Stance>("SUPPORTS", "REFUTES", "CONTEXT"),
      originId: origin,
      outlet: fc.constantFrom(null, "AFP", "Reuters", "المرصد"),
      url: fc.constantFrom(null, "https://a.example/x", "https://www.b.example/y"),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 20 }), fc.constantFrom(null, "o1"), (items, claimantId) => {
        const all = items.map((entry, index) => ({
          ...entry,
          sourceId: `s${index}`,
          sourceTitle: `S${index}`,
          originName: entry.originId,
        }));
        const result = corroborationOf(all, { claimantId });
        const supporting = all.filter((entry) => entry.stance === "SUPPORTS");
        expect(result.supports.sources).toBe(supporting.length);
        expect(result.supports.independent.length).toBeLessThanOrEqual(
          new Set(supporting.map((entry) => originGroupKey(entry).key)).size,
        );
        const repeated = result.supports.repeats.reduce((sum, entry) => sum + entry.count, 0);
        expect(result.supports.independent.length + repeated).toBe(supporting.length);
      }),
    );
  });
});
