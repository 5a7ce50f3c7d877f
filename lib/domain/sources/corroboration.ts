/**
 * Independent corroboration: five outlets repeating one SOHR statement are one confirmation,
 * not five (circular reporting). Evidence is grouped by origin: the origin entity when the
 * source names one, else its outlet, else its website, else the source alone. Support that
 * traces back to the claimant is not confirmation at all: it only shows the claim was made.
 */
import { normalizeForMatch } from "@/lib/domain/text/arabic-normalize";
import { siteOf } from "./canonical-url";

export type Stance = "SUPPORTS" | "REFUTES" | "CONTEXT";

export interface EvidenceForCorroboration {
  stance: Stance;
  sourceId: string;
  sourceTitle: string;
  originId: string | null;
  originName: string | null;
  /** The origin entity's Arabic name, shown for the group in Arabic. */
  originNameAr?: string | null;
  /** The origin was guessed from the source's words and nobody has confirmed it yet. */
  originGuessed?: boolean;
  outlet: string | null;
  url: string | null;
}

export interface OriginGroup {
  key: string;
  label: string;
  /** The label in Arabic, when the origin is an entity with an Arabic name. */
  labelAr: string | null;
  /** Some of its sources' origin was only guessed from their words. */
  guessed: boolean;
  sourceIds: string[];
  /** The origin is the claim's own claimant: it repeats the claim rather than confirming it. */
  isClaimant: boolean;
}

export interface StanceSummary {
  /** Distinct sources with this stance. */
  sources: number;
  /** Groups that count: one per independent origin (for support, the claimant's group excluded). */
  independent: OriginGroup[];
  /** Groups with more than one source, or the claimant's own: what repeats instead of confirming. */
  repeats: { group: OriginGroup; count: number }[];
}

export type CorroborationStatus = "NO_EVIDENCE" | "CORROBORATED" | "UNCORROBORATED" | "CONTESTED" | "REFUTED";

export interface Corroboration {
  status: CorroborationStatus;
  supports: StanceSummary;
  refutes: StanceSummary;
  context: number;
  /** All support traces to one origin (including a single source): a classic verification trap. */
  singleOrigin: OriginGroup | null;
}

export function originGroupKey(evidence: EvidenceForCorroboration): {
  key: string;
  label: string;
  labelAr?: string | null;
} {
  if (evidence.originId)
    return {
      key: `entity:${evidence.originId}`,
      label: evidence.originName ?? evidence.sourceTitle,
      labelAr: evidence.originNameAr,
    };
  const outlet = evidence.outlet?.trim();
  if (outlet) return { key: `outlet:${normalizeForMatch(outlet)}`, label: outlet };
  const site = evidence.url ? siteOf(evidence.url) : null;
  if (site) return { key: `site:${site}`, label: site };
  return { key: `source:${evidence.sourceId}`, label: evidence.sourceTitle };
}

function groupByOrigin(evidence: readonly EvidenceForCorroboration[], claimantId: string | null): OriginGroup[] {
  const groups = new Map<string, OriginGroup>();
  for (const item of evidence) {
    const { key, label, labelAr } = originGroupKey(item);
    const group = groups.get(key) ?? {
      key,
      label,
      labelAr: labelAr ?? null,
      guessed: false,
      sourceIds: [],
      isClaimant: claimantId !== null && item.originId === claimantId,
    };
    if (!group.sourceIds.includes(item.sourceId)) group.sourceIds.push(item.sourceId);
    if (item.originGuessed) group.guessed = true;
    groups.set(key, group);
  }
  // Most-repeated origin first, then by name, so summaries read the same every time.
  return [...groups.values()].sort((a, b) => b.sourceIds.length - a.sourceIds.length || a.label.localeCompare(b.label));
}

function summarize(groups: OriginGroup[], excludeClaimant: boolean): StanceSummary {
  const counted = groups.filter((group) => !(excludeClaimant && group.isClaimant));
  const repeats = groups.flatMap((group) => {
    const count = excludeClaimant && group.isClaimant ? group.sourceIds.length : group.sourceIds.length - 1;
    return count > 0 ? [{ group, count }] : [];
  });
  return { sources: groups.reduce((sum, group) => sum + group.sourceIds.length, 0), independent: counted, repeats };
}

export function corroborationOf(
  evidence: readonly EvidenceForCorroboration[],
  claim: { claimantId: string | null },
): Corroboration {
  const supportGroups = groupByOrigin(
    evidence.filter((item) => item.stance === "SUPPORTS"),
    claim.claimantId,
  );
  const refuteGroups = groupByOrigin(
    evidence.filter((item) => item.stance === "REFUTES"),
    claim.claimantId,
  );
  const supports = summarize(supportGroups, true);
  const refutes = summarize(refuteGroups, false);
  const context = new Set(evidence.filter((item) => item.stance === "CONTEXT").map((item) => item.sourceId)).size;
  return {
    status: statusOf(supports, refutes),
    supports,
    refutes,
    context,
    singleOrigin: supportGroups.length === 1 ? supportGroups[0]! : null,
  };
}

function statusOf(supports: StanceSummary, refutes: StanceSummary): CorroborationStatus {
  if (supports.sources === 0 && refutes.sources === 0) return "NO_EVIDENCE";
  if (refutes.independent.length > 0 && supports.independent.length > 0) return "CONTESTED";
  if (refutes.independent.length > 0) return "REFUTED";
  return supports.independent.length > 0 ? "CORROBORATED" : "UNCORROBORATED";
}
