/**
 * Every pair of conflicting casualty figures inside a case. All casualty reports of a case are taken
 * to be about its event, so any two whose ranges for a count cannot both be true conflict
 * (casualty-conflicts.ts says when). Comparing every pair is quadratic (12.5 million pairs at 5,000
 * reports), so per count the reports are sorted by their lowest figure once: the reports that
 * conflict with one whose highest figure is h are exactly those whose lowest is above h, a suffix of
 * that order found by binary search. That counts the conflicts of each count exactly in n log n;
 * the pairs themselves are listed up to a budget, enough to show the first ones and, in any
 * realistic case, to count distinct pairs exactly.
 */
import {
  CASUALTY_COUNTS,
  type CasualtyCount,
  type CasualtyCounts,
  type CountConflict,
  type CountRange,
} from "@/lib/domain/claims/casualty-conflicts";

export interface ConflictCandidate {
  id: string;
  counts: CasualtyCounts;
}

export interface ConflictPair {
  /** The report that comes first in the input's order (callers pass claims oldest first). */
  first: string;
  second: string;
  /** Each count that disagrees, `mine` being the first report's range. */
  conflicts: CountConflict[];
}

export interface CaseConflicts {
  /** The first pairs, in the input's order of their first then second report. */
  pairs: ConflictPair[];
  /** Distinct conflicting pairs: exact when `exact`, else a lower bound. */
  total: number;
  exact: boolean;
  /** Conflicts per count (a pair can disagree on several counts): always exact. */
  byCount: Record<CasualtyCount, number>;
}

/** Pairs shown on a page. */
export const SHOWN_CONFLICT_PAIRS = 10;
/** Pairs looked at one by one, at most, across all counts. */
export const CONFLICT_PAIR_BUDGET = 10_000;

interface Ranged {
  index: number;
  range: CountRange;
  low: number;
  high: number;
}

const given = (range: CountRange | undefined): range is CountRange =>
  Boolean(range && (range.min !== null || range.max !== null));

/** The first index in `sorted` (ascending by low) whose low is above `value`. */
function firstAbove(sorted: readonly Ranged[], value: number): number {
  let start = 0;
  let end = sorted.length;
  while (start < end) {
    const middle = (start + end) >>> 1;
    if (sorted[middle]!.low > value) end = middle;
    else start = middle + 1;
  }
  return start;
}

export function caseConflicts(
  candidates: readonly ConflictCandidate[],
  options: { shown?: number; budget?: number } = {},
): CaseConflicts {
  const shown = options.shown ?? SHOWN_CONFLICT_PAIRS;
  let budget = options.budget ?? CONFLICT_PAIR_BUDGET;
  const byCount = { killed: 0, wounded: 0, arrested: 0 } satisfies Record<CasualtyCount, number>;
  const pairs = new Map<number, { first: number; second: number; conflicts: CountConflict[] }>();
  const size = candidates.length;
  let exact = true;
  for (const count of CASUALTY_COUNTS) {
    const ranged: Ranged[] = [];
    candidates.forEach((candidate, index) => {
      const range = candidate.counts[count];
      if (given(range)) ranged.push({ index, range, low: range.min ?? 0, high: range.max ?? Number.POSITIVE_INFINITY });
    });
    ranged.sort((a, b) => a.low - b.low || a.index - b.index);
    for (const lower of ranged) {
      const from = firstAbove(ranged, lower.high);
      byCount[count] += ranged.length - from;
      for (let at = from; at < ranged.length; at += 1) {
        if (budget === 0) {
          exact = false;
          break;
        }
        budget -= 1;
        const higher = ranged[at]!;
        const [first, second] = lower.index < higher.index ? [lower, higher] : [higher, lower];
        const key = first.index * size + second.index;
        const pair = pairs.get(key) ?? { first: first.index, second: second.index, conflicts: [] };
        pair.conflicts.push({ count, mine: first.range, theirs: second.range });
        pairs.set(key, pair);
      }
    }
  }
  const listed = [...pairs.values()].sort((a, b) => a.first - b.first || a.second - b.second);
  const most = Math.max(byCount.killed, byCount.wounded, byCount.arrested);
  return {
    pairs: listed.slice(0, shown).map((pair) => ({
      first: candidates[pair.first]!.id,
      second: candidates[pair.second]!.id,
      conflicts: pair.conflicts,
    })),
    total: exact ? listed.length : Math.max(listed.length, most),
    exact,
    byCount,
  };
}
