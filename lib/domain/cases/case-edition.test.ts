import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { caseEdition, editionChanges, editionFingerprint, hasChanges, readEdition } from "./case-edition";

const base = caseEdition({ title: "Harem", summary: "Camp operation", claimIds: ["b", "a", "a"] });

describe("case editions", () => {
  it("keep each claim once, sorted, so the same content always reads the same", () => {
    expect(base.claimIds).toEqual(["a", "b"]);
    expect(editionFingerprint(base)).toBe(
      editionFingerprint(caseEdition({ title: "Harem", summary: "Camp operation", claimIds: ["a", "b"] })),
    );
  });

  it("say what a new edition would change on the public page", () => {
    const next = caseEdition({ title: "Harem camp", summary: "Camp operation", claimIds: ["b", "c", "d"] });
    expect(editionChanges(base, next)).toEqual({ titleChanged: true, summaryChanged: false, added: 2, removed: 1 });
    expect(hasChanges(editionChanges(base, base))).toBe(false);
    expect(editionChanges(null, base)).toMatchObject({ titleChanged: true, added: 2, removed: 0 });
  });

  it("differ in fingerprint whenever their content differs (property)", () => {
    const edition = fc.record({
      title: fc.string(),
      summary: fc.string(),
      claimIds: fc.uniqueArray(fc.uuid(), { maxLength: 5 }),
    });
    fc.assert(
      fc.property(edition, edition, (a, b) => {
        const [x, y] = [caseEdition(a), caseEdition(b)];
        const same = JSON.stringify(x) === JSON.stringify(y);
        expect(editionFingerprint(x) === editionFingerprint(y)).toBe(same);
        expect(hasChanges(editionChanges(x, y))).toBe(!same);
      }),
    );
  });

  it("read nothing from a column that holds no edition of this schema", () => {
    expect(readEdition(null)).toBeNull();
    expect(readEdition({ schema: 2, title: "x" })).toBeNull();
    expect(readEdition(JSON.parse(JSON.stringify(base)))).toEqual(base);
  });
});
