import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CASUALTY_COUNTS, rangesDisagree, type CountRange } from "@/lib/domain/claims/casualty-conflicts";
import { caseConflicts, SHOWN_CONFLICT_PAIRS, type ConflictCandidate } from "./case-conflicts";

const range = (min: number | null, max: number | null): CountRange => ({ min, max });

/** Every pair compared: what the sorted count must agree with. */
function pairsByComparison(candidates: readonly ConflictCandidate[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < candidates.length; i += 1)
    for (let j = i + 1; j < candidates.length; j += 1) {
      const disagree = CASUALTY_COUNTS.some((count) => {
        const a = candidates[i]!.counts[count];
        const b = candidates[j]!.counts[count];
        return (
          Boolean(a && b && (a.min !== null || a.max !== null) && (b.min !== null || b.max !== null)) &&
          rangesDisagree(a!, b!)
        );
      });
      if (disagree) found.push(`${candidates[i]!.id}|${candidates[j]!.id}`);
    }
  return found;
}

describe("caseConflicts", () => {
  it("pairs SOHR's 'at least 1 killed' with AFP's 'no casualties', and not with 'between 3 and 8'", () => {
    const result = caseConflicts([
      { id: "sohr", counts: { killed: range(1, null) } },
      { id: "afp", counts: { killed: range(0, 0), wounded: range(2, 2) } },
      { id: "ngo", counts: { killed: range(3, 8) } },
      { id: "silent", counts: { wounded: range(null, null) } },
    ]);
    expect(result.pairs).toEqual([
      { first: "sohr", second: "afp", conflicts: [{ count: "killed", mine: range(1, null), theirs: range(0, 0) }] },
      { first: "afp", second: "ngo", conflicts: [{ count: "killed", mine: range(0, 0), theirs: range(3, 8) }] },
    ]);
    expect(result).toMatchObject({ total: 2, exact: true, byCount: { killed: 2, wounded: 0, arrested: 0 } });
  });

  it("names every count a pair disagrees on, in the first report's terms", () => {
    const result = caseConflicts([
      { id: "a", counts: { killed: range(10, 10), arrested: range(0, 2) } },
      { id: "b", counts: { killed: range(1, 2), arrested: range(5, null) } },
    ]);
    expect(result.pairs).toEqual([
      {
        first: "a",
        second: "b",
        conflicts: [
          { count: "killed", mine: range(10, 10), theirs: range(1, 2) },
          { count: "arrested", mine: range(0, 2), theirs: range(5, null) },
        ],
      },
    ]);
    expect(result.total).toBe(1);
  });

  it("finds exactly the pairs that comparing every pair finds, in input order", () => {
    const count = fc.option(
      fc
        .tuple(fc.option(fc.integer({ min: 0, max: 20 })), fc.option(fc.integer({ min: 0, max: 20 })))
        .map(([a, b]) => (a !== null && b !== null && a > b ? range(b, a) : range(a, b))),
      { nil: undefined },
    );
    fc.assert(
      fc.property(
        fc.array(fc.record({ killed: count, wounded: count, arrested: count }), { maxLength: 25 }),
        (counts) => {
          const candidates = counts.map((item, index) => ({ id: `c${index}`, counts: item }));
          const expected = pairsByComparison(candidates);
          const result = caseConflicts(candidates, { shown: 10_000 });
          expect(result.exact).toBe(true);
          expect(result.total).toBe(expected.length);
          expect(result.pairs.map((pair) => `${pair.first}|${pair.second}`)).toEqual(expected);
        },
      ),
    );
  });

  it("stays fast at 5,000 reports that all conflict, and says its total is a lower bound", () => {
    // Half say 0 killed, half at least 1: 6.25 million conflicting pairs.
    const candidates = Array.from({ length: 5_000 }, (_, index) => ({
      id: `c${index}`,
      counts: { killed: index % 2 ? range(1, null) : range(0, 0) },
    }));
    const result = caseConflicts(candidates);
    expect(result.byCount.killed).toBe(2_500 * 2_500);
    expect(result.exact).toBe(false);
    expect(result.total).toBe(2_500 * 2_500);
    expect(result.pairs).toHaveLength(SHOWN_CONFLICT_PAIRS);
  });
});
