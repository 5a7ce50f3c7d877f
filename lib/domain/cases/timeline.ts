/**
 * A case's timeline: when each claim was made, when the event it reports is said to have happened
 * (a casualty report's "as of"), and when each source was published, in time order, with who said
 * something first and who repeated whom. Two plain rules, both shown in the page's legend:
 * - claims linked as "the same claim" (sameAsId, directly or through others) form a group: the one
 *   made earliest is the first, the others repeat it;
 * - a source whose origin is the claimant of a claim made no later than the source was published
 *   repeats that claimant's earliest such claim (the claim is then marked first: it was repeated).
 * Positions are fractions of the shown period (0 = earliest); the page draws them from the start
 * edge, so the axis runs right to left in Arabic. Linear apart from one sort.
 */

export const TIMELINE_KINDS = ["claimed", "happened", "published"] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** Events drawn and listed at most; the page says how many were left out. */
export const TIMELINE_EVENT_LIMIT = 100;

export interface TimelineClaim {
  id: string;
  claimedAt: Date | null;
  /** When the reported event happened, as the claim says (casualty details' asOf). */
  happenedAt: Date | null;
  claimantId: string | null;
  type: string;
  /** The claim's workflow status, when the timeline is filtered by it. */
  status?: string;
  sameAsId: string | null;
  /** Sources the claim cites (evidence). */
  sourceIds: readonly string[];
}

export interface TimelineSource {
  id: string;
  publishedAt: Date | null;
  originId: string | null;
}

export interface TimelineEvent {
  kind: TimelineKind;
  /** The claim's or the source's id. */
  id: string;
  at: Date;
  /** 0 at the earliest shown moment, 1 at the latest. */
  position: number;
  /** First of a group that was repeated; or a repeat, with the claim it repeats. */
  role: "first" | "repeat" | null;
  repeats: string | null;
}

export interface TimelineFilter {
  claimantId?: string | null;
  type?: string | null;
  status?: string | null;
}

export interface Timeline {
  events: TimelineEvent[];
  /** Events there were before the cap. */
  total: number;
  start: Date | null;
  end: Date | null;
}

interface Repetition {
  firstIds: Set<string>;
  /** Claim or source id → the claim it repeats. */
  repeats: Map<string, string>;
}

const earlier = (a: TimelineClaim, b: TimelineClaim) =>
  a.claimedAt!.getTime() - b.claimedAt!.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Who said it first and who repeated whom, over the whole case (before any filter). */
export function repetitionOf(claims: readonly TimelineClaim[], sources: readonly TimelineSource[]): Repetition {
  // Groups of "same claim" links: union-find over claim ids (a link may point outside the case).
  const parent = new Map<string, string>();
  const root = (id: string): string => {
    let at = id;
    while (parent.has(at) && parent.get(at) !== at) at = parent.get(at)!;
    let step = id;
    while (step !== at) {
      const next = parent.get(step)!;
      parent.set(step, at);
      step = next;
    }
    return at;
  };
  for (const claim of claims) {
    if (!parent.has(claim.id)) parent.set(claim.id, claim.id);
    if (claim.sameAsId) {
      if (!parent.has(claim.sameAsId)) parent.set(claim.sameAsId, claim.sameAsId);
      const a = root(claim.id);
      const b = root(claim.sameAsId);
      if (a !== b) parent.set(a, b);
    }
  }
  const groups = new Map<string, TimelineClaim[]>();
  for (const claim of claims) {
    if (!claim.claimedAt) continue;
    const key = root(claim.id);
    const members = groups.get(key);
    if (members) members.push(claim);
    else groups.set(key, [claim]);
  }
  const firstIds = new Set<string>();
  const repeats = new Map<string, string>();
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    members.sort(earlier);
    firstIds.add(members[0]!.id);
    for (const member of members.slice(1)) repeats.set(member.id, members[0]!.id);
  }
  // Each claimant's claims, earliest first, to find what a source relying on that claimant repeats.
  const byClaimant = new Map<string, TimelineClaim[]>();
  for (const claim of claims) {
    if (!claim.claimantId || !claim.claimedAt) continue;
    const list = byClaimant.get(claim.claimantId);
    if (list) list.push(claim);
    else byClaimant.set(claim.claimantId, [claim]);
  }
  for (const list of byClaimant.values()) list.sort(earlier);
  for (const source of sources) {
    if (!source.originId || !source.publishedAt) continue;
    const earliest = byClaimant.get(source.originId)?.[0];
    if (earliest && earliest.claimedAt!.getTime() <= source.publishedAt.getTime()) {
      repeats.set(source.id, earliest.id);
      firstIds.add(earliest.id);
    }
  }
  return { firstIds, repeats };
}

/**
 * The events to show under a filter (claimant, type, status), in time order, capped at `limit`. Sources
 * follow the filter through their claims: with a filter, a source is shown when a shown claim
 * cites it or it relies on the chosen claimant.
 */
export function caseTimeline(
  claims: readonly TimelineClaim[],
  sources: readonly TimelineSource[],
  filter: TimelineFilter = {},
  limit = TIMELINE_EVENT_LIMIT,
): Timeline {
  const { firstIds, repeats } = repetitionOf(claims, sources);
  const filtered = Boolean(filter.claimantId || filter.type || filter.status);
  const shownClaims = claims.filter(
    (claim) =>
      (!filter.claimantId || claim.claimantId === filter.claimantId) &&
      (!filter.type || claim.type === filter.type) &&
      (!filter.status || claim.status === filter.status),
  );
  const cited = new Set(shownClaims.flatMap((claim) => claim.sourceIds));
  const shownSources = filtered
    ? sources.filter((source) => cited.has(source.id) || (filter.claimantId && source.originId === filter.claimantId))
    : sources;
  const roleOf = (id: string) => ({
    role: repeats.has(id) ? ("repeat" as const) : firstIds.has(id) ? ("first" as const) : null,
    repeats: repeats.get(id) ?? null,
  });
  const events: Omit<TimelineEvent, "position">[] = [];
  for (const claim of shownClaims) {
    if (claim.claimedAt) events.push({ kind: "claimed", id: claim.id, at: claim.claimedAt, ...roleOf(claim.id) });
    if (claim.happenedAt)
      events.push({ kind: "happened", id: claim.id, at: claim.happenedAt, role: null, repeats: null });
  }
  for (const source of shownSources)
    if (source.publishedAt)
      events.push({ kind: "published", id: source.id, at: source.publishedAt, ...roleOf(source.id) });
  const kindRank = (kind: TimelineKind) => TIMELINE_KINDS.indexOf(kind);
  events.sort(
    (a, b) =>
      a.at.getTime() - b.at.getTime() ||
      kindRank(a.kind) - kindRank(b.kind) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const kept = events.slice(0, limit);
  if (kept.length === 0) return { events: [], total: 0, start: null, end: null };
  const start = kept[0]!.at;
  const end = kept[kept.length - 1]!.at;
  const span = end.getTime() - start.getTime();
  return {
    events: kept.map((event) => ({
      ...event,
      position: span === 0 ? 0.5 : (event.at.getTime() - start.getTime()) / span,
    })),
    total: events.length,
    start,
    end,
  };
}

/**
 * Rows for markers that would overlap: each event goes on the first of `rows` rows whose last
 * marker is at least `gap` before it (the last row takes the rest). Events come in time order.
 */
export function stackInRows(positions: readonly number[], options: { rows: number; gap: number }): number[] {
  const lastOnRow: number[] = [];
  return positions.map((position) => {
    let row = lastOnRow.findIndex((last) => position - last >= options.gap);
    if (row === -1) row = lastOnRow.length < options.rows ? lastOnRow.length : options.rows - 1;
    lastOnRow[row] = position;
    return row;
  });
}
