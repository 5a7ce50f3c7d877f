import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { casualtyConflicts, formatRange, rangesDisagree } from "./casualty-conflicts";

describe("casualtyConflicts", () => {
  it("flags SOHR's dead and wounded against AFP's no confirmed casualties", () => {
    const sohr = { killed: { min: 1, max: null }, wounded: { min: 1, max: null } };
    const afp = { killed: { min: 0, max: 0 }, wounded: { min: 0, max: 0 } };
    expect(casualtyConflicts(sohr, afp)).toEqual([
      { count: "killed", mine: { min: 1, max: null }, theirs: { min: 0, max: 0 } },
      { count: "wounded", mine: { min: 1, max: null }, theirs: { min: 0, max: 0 } },
    ]);
  });

  it("lets overlapping ranges and missing counts agree", () => {
    expect(casualtyConflicts({ killed: { min: 5, max: null } }, { killed: { min: 3, max: 8 } })).toEqual([]);
    expect(casualtyConflicts({ killed: { min: 5, max: 5 } }, { wounded: { min: 0, max: 0 } })).toEqual([]);
    expect(casualtyConflicts({ killed: { min: null, max: null } }, { killed: { min: 0, max: 0 } })).toEqual([]);
  });

  it("is symmetric, and a range never disagrees with itself (property)", () => {
    const bound = fc.option(fc.nat(50), { nil: null });
    const range = fc
      .tuple(bound, bound)
      .map(([a, b]) => (a !== null && b !== null && a > b ? { min: b, max: a } : { min: a, max: b }));
    fc.assert(
      fc.property(range, range, (a, b) => {
        expect(rangesDisagree(a, b)).toBe(rangesDisagree(b, a));
        expect(rangesDisagree(a, a)).toBe(false);
      }),
    );
  });

  it("formats ranges the way reports state them", () => {
    expect(
      [
        { min: 1, max: null },
        { min: 0, max: 0 },
        { min: 3, max: 8 },
        { min: null, max: 10 },
      ].map(formatRange),
    ).toEqual(["≥ 1", "0", "3–8", "≤ 10"]);
  });
});
