/**
 * What a case page counts, from its claims as plain facts: claims grouped by status and by claimant,
 * the independence of each claim's confirmation, the case figures (issue 19, point 5) and the
 * sources grouped by origin. Linear in the claims (one pass each, a sort of the groups).
 */
import type { CasualtyCounts } from "@/lib/domain/claims/casualty-conflicts";
import { CLAIM_STATUSES, type TClaimStatus } from "@/lib/domain/claims/claim-statuses";
import { originGroupKey, type Corroboration } from "@/lib/domain/sources/corroboration";

/**
 * Where a claim's confirmation stands, one answer per claim:
 * - contested: independent origins refute it (whether or not others confirm it);
 * - oneOrigin: all its support traces to one origin (its own claimant, or a single other origin);
 * - independent: confirmed by an origin other than its claimant, and its support has more than one origin;
 * - noEvidence: no source supports or refutes it.
 */
export const INDEPENDENCE = ["independent", "oneOrigin", "contested", "noEvidence"] as const;
export type Independence = (typeof INDEPENDENCE)[number];

export function independenceOf(corroboration: Corroboration): Independence {
  if (corroboration.status === "CONTESTED" || corroboration.status === "REFUTED") return "contested";
  if (corroboration.status === "NO_EVIDENCE") return "noEvidence";
  if (corroboration.singleOrigin) return "oneOrigin";
  return corroboration.status === "CORROBORATED" ? "independent" : "oneOrigin";
}

/** Claims not yet published nor retracted: the work still open on a case. */
export const OPEN_STATUSES: readonly TClaimStatus[] = [
  "NEW",
  "IN_PROGRESS",
  "IN_REVIEW",
  "CHANGES_REQUESTED",
  "APPROVED",
];

export interface CaseClaimFacts {
  id: string;
  status: TClaimStatus;
  claimantId: string | null;
  verdictId: string | null;
  createdAt: Date;
  independence: Independence;
}

export interface ClaimGroup<T> {
  key: string;
  count: number;
  /** The first claims of the group, in the input's order. */
  first: T[];
}

/**
 * Claims grouped by a key, each group with its count and first `firstCount` claims. Groups in
 * `order` come in that order (empty ones left out); other keys after them, largest first.
 */
export function groupClaims<T>(
  claims: readonly T[],
  keyOf: (claim: T) => string,
  options: { firstCount: number; order?: readonly string[] },
): ClaimGroup<T>[] {
  const groups = new Map<string, ClaimGroup<T>>();
  for (const claim of claims) {
    const key = keyOf(claim);
    const group = groups.get(key) ?? { key, count: 0, first: [] };
    group.count += 1;
    if (group.first.length < options.firstCount) group.first.push(claim);
    groups.set(key, group);
  }
  const rank = new Map((options.order ?? []).map((key, index) => [key, index]));
  return [...groups.values()].sort(
    (a, b) =>
      (rank.get(a.key) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b.key) ?? Number.MAX_SAFE_INTEGER) ||
      b.count - a.count ||
      a.key.localeCompare(b.key),
  );
}

export interface CaseFigures {
  claims: number;
  byStatus: { status: TClaimStatus; count: number }[];
  /** Per verdict id; `null` counts the claims not rated yet. */
  byVerdict: { verdictId: string | null; count: number }[];
  byIndependence: Record<Independence, number>;
  /** Claims with an independent confirmation. */
  independentConfirmations: number;
  /** Conflicting pairs of casualty figures (a lower bound when `conflictsExact` is false). */
  openConflicts: number;
  conflictsExact: boolean;
  /** The open claim created first, and its age in whole days at `now`. */
  oldestOpen: { id: string; since: Date; days: number } | null;
}

const DAY_MS = 86_400_000;

export function caseFigures(
  claims: readonly CaseClaimFacts[],
  conflicts: { total: number; exact: boolean },
  now: Date,
): CaseFigures {
  const statusCount = new Map<TClaimStatus, number>();
  const verdictCount = new Map<string | null, number>();
  const byIndependence: Record<Independence, number> = { independent: 0, oneOrigin: 0, contested: 0, noEvidence: 0 };
  let oldest: CaseClaimFacts | null = null;
  for (const claim of claims) {
    statusCount.set(claim.status, (statusCount.get(claim.status) ?? 0) + 1);
    verdictCount.set(claim.verdictId, (verdictCount.get(claim.verdictId) ?? 0) + 1);
    byIndependence[claim.independence] += 1;
    if (
      OPEN_STATUSES.includes(claim.status) &&
      (!oldest ||
        claim.createdAt < oldest.createdAt ||
        (claim.createdAt.getTime() === oldest.createdAt.getTime() && claim.id < oldest.id))
    )
      oldest = claim;
  }
  return {
    claims: claims.length,
    byStatus: CLAIM_STATUSES.map((status) => ({ status, count: statusCount.get(status) ?? 0 })),
    byVerdict: [...verdictCount].map(([verdictId, count]) => ({ verdictId, count })),
    byIndependence,
    independentConfirmations: byIndependence.independent,
    openConflicts: conflicts.total,
    conflictsExact: conflicts.exact,
    oldestOpen: oldest
      ? {
          id: oldest.id,
          since: oldest.createdAt,
          days: Math.max(0, Math.floor((now.getTime() - oldest.createdAt.getTime()) / DAY_MS)),
        }
      : null,
  };
}

export interface CaseSourceFacts {
  id: string;
  title: string;
  url: string | null;
  outlet: string | null;
  publishedAt: Date | null;
  originId: string | null;
  originName: string | null;
  originNameAr: string | null;
  /** Listed on the case by hand (else only cited by its claims). */
  listed: boolean;
}

export interface OriginOfSources {
  key: string;
  label: string;
  labelAr: string | null;
  /** The origin is an entity someone confirmed (else the sources are grouped by outlet or website). */
  isEntity: boolean;
  count: number;
  sources: CaseSourceFacts[];
}

/** Sources grouped by origin as corroboration counts them (entity, else outlet, else website), largest first. */
export function sourcesByOrigin(
  sources: readonly CaseSourceFacts[],
  options: { groups: number; perGroup: number },
): { groups: OriginOfSources[]; totalGroups: number } {
  const groups = new Map<string, OriginOfSources>();
  for (const source of sources) {
    const { key, label, labelAr } = originGroupKey({
      stance: "CONTEXT",
      sourceId: source.id,
      sourceTitle: source.title,
      originId: source.originId,
      originName: source.originName,
      originNameAr: source.originNameAr,
      outlet: source.outlet,
      url: source.url,
    });
    const group = groups.get(key) ?? {
      key,
      label,
      labelAr: labelAr ?? null,
      isEntity: source.originId !== null,
      count: 0,
      sources: [],
    };
    group.count += 1;
    if (group.sources.length < options.perGroup) group.sources.push(source);
    groups.set(key, group);
  }
  const sorted = [...groups.values()].sort(
    (a, b) => Number(b.isEntity) - Number(a.isEntity) || b.count - a.count || a.label.localeCompare(b.label),
  );
  return { groups: sorted.slice(0, options.groups), totalGroups: sorted.length };
}

/** A claim's casualty counts from its stored details, when it is a casualty report. */
export function casualtyCountsOf(type: string, details: unknown): CasualtyCounts | null {
  if (type !== "CASUALTY_REPORT") return null;
  return (details as { casualty?: CasualtyCounts } | null)?.casualty ?? {};
}
