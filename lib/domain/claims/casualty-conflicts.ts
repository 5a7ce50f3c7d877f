/**
 * Conflicting numbers: two casualty reports of one event disagree when, for some count
 * (killed, wounded, arrested), their ranges cannot both be true. "At least 1 killed" (SOHR)
 * and "no confirmed casualties" (AFP: killed 0–0) conflict; "at least 5" and "between 3 and
 * 8" do not. A count a report does not give never conflicts.
 */
export interface CountRange {
  min: number | null;
  max: number | null;
}

export interface CasualtyCounts {
  killed?: CountRange;
  wounded?: CountRange;
  arrested?: CountRange;
}

export const CASUALTY_COUNTS = ["killed", "wounded", "arrested"] as const;
export type CasualtyCount = (typeof CASUALTY_COUNTS)[number];

export interface CountConflict {
  count: CasualtyCount;
  mine: CountRange;
  theirs: CountRange;
}

const given = (range: CountRange | undefined): range is CountRange =>
  Boolean(range && (range.min !== null || range.max !== null));

export function rangesDisagree(a: CountRange, b: CountRange): boolean {
  const aMin = a.min ?? 0;
  const bMin = b.min ?? 0;
  const aMax = a.max ?? Number.POSITIVE_INFINITY;
  const bMax = b.max ?? Number.POSITIVE_INFINITY;
  return aMax < bMin || bMax < aMin;
}

export function casualtyConflicts(mine: CasualtyCounts, theirs: CasualtyCounts): CountConflict[] {
  return CASUALTY_COUNTS.flatMap((count) => {
    const a = mine[count];
    const b = theirs[count];
    return given(a) && given(b) && rangesDisagree(a, b) ? [{ count, mine: a, theirs: b }] : [];
  });
}

/** "at least 1", "0", "3–8", "up to 10": a range as a reader says it (digits only; words come from the UI). */
export function formatRange(range: CountRange): string {
  if (range.min !== null && range.max !== null)
    return range.min === range.max ? String(range.min) : `${range.min}–${range.max}`;
  if (range.min !== null) return `≥ ${range.min}`;
  if (range.max !== null) return `≤ ${range.max}`;
  return "?";
}
