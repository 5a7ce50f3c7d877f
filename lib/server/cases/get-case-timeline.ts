import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { caseTimeline, type TimelineKind } from "@/lib/domain/cases/timeline";
import type { TClaimStatus } from "@/lib/domain/claims/claim-statuses";
import { AppError } from "@/lib/errors";
import type { TClaimType } from "@/lib/schemas/claims";
import { ZCaseId, type TCaseTimelineFilter } from "@/lib/schemas/case-views";
import { loadClaimTexts } from "./case-material";
import { loadCaseMaterial } from "./case-material-cache";

export interface TimelineEventDto {
  kind: TimelineKind;
  at: string;
  position: number;
  role: "first" | "repeat" | null;
  /** The claim this one repeats: who made it and when (its statement is in its own row). */
  repeats: {
    id: string;
    claimant: { name: string; arabicName: string | null } | null;
    claimedAt: string | null;
  } | null;
  claim: {
    id: string;
    statement: string;
    language: string;
    type: TClaimType;
    status: TClaimStatus;
    claimant: { name: string; arabicName: string | null } | null;
  } | null;
  source: {
    id: string;
    title: string;
    outlet: string | null;
    originName: string | null;
    originNameAr: string | null;
  } | null;
}

export interface CaseTimelineDto {
  case: { id: string; title: string; eventStart: string | null; eventEnd: string | null };
  events: TimelineEventDto[];
  total: number;
  start: string | null;
  end: string | null;
  /** Claimants of the case's claims, for the filter (by name). */
  claimants: { id: string; name: string; arabicName: string | null }[];
}

const asOfOf = (casualty: unknown): Date | null => {
  const asOf = (casualty as { asOf?: string } | null)?.asOf;
  const date = asOf ? new Date(asOf) : null;
  return date && !Number.isNaN(date.getTime()) ? date : null;
};

/**
 * The case's claims and sources on a time axis (lib/domain/cases/timeline.ts): when each claim was
 * made, when the event it reports happened as it says, when each source was published, with who
 * said it first and who repeated whom; filtered by claimant, type and status, capped at 500 events.
 */
export async function getCaseTimeline(
  member: Member,
  input: { caseId: string } & Partial<TCaseTimelineFilter>,
): Promise<CaseTimelineDto> {
  assertCan(member, "team.read");
  const caseId = ZCaseId.safeParse(input.caseId);
  if (!caseId.success) throw new AppError("NOT_FOUND");
  const material = await loadCaseMaterial(member, caseId.data);
  const sourcesOf = new Map<string, string[]>();
  for (const item of material.evidence) {
    const list = sourcesOf.get(item.claimId);
    if (list) list.push(item.sourceId);
    else sourcesOf.set(item.claimId, [item.sourceId]);
  }
  // Status narrows the claims before the timeline is laid out; "first" and "repeats" are still
  // read over the whole case.
  const timeline = caseTimeline(
    material.claims.map((claim) => ({
      id: claim.id,
      claimedAt: claim.claimedAt,
      happenedAt: claim.type === "CASUALTY_REPORT" ? asOfOf(claim.casualty) : null,
      claimantId: claim.claimantId,
      type: claim.type,
      sameAsId: claim.sameAsId,
      sourceIds: sourcesOf.get(claim.id) ?? [],
      status: claim.status,
    })),
    material.sources,
    { claimantId: input.claimantId, type: input.type, status: input.status },
  );
  const claimById = new Map(material.claims.map((claim) => [claim.id, claim]));
  // The statements of the claims on the page only (at most TIMELINE_EVENT_LIMIT).
  const texts = await loadClaimTexts(
    member,
    timeline.events.flatMap((event) => (event.kind === "published" ? [] : [event.id])),
  );
  const sourceById = new Map(material.sources.map((source) => [source.id, source]));
  const claimants = new Map<string, { id: string; name: string; arabicName: string | null }>();
  for (const claim of material.claims)
    if (claim.claimantId && claim.claimantName)
      claimants.set(claim.claimantId, {
        id: claim.claimantId,
        name: claim.claimantName,
        arabicName: claim.claimantNameAr,
      });
  return {
    case: {
      id: material.case.id,
      title: material.case.title,
      eventStart: material.case.eventStart?.toISOString() ?? null,
      eventEnd: material.case.eventEnd?.toISOString() ?? null,
    },
    events: timeline.events.map((event) => {
      const claim = event.kind === "published" ? undefined : claimById.get(event.id);
      const source = event.kind === "published" ? sourceById.get(event.id) : undefined;
      const repeated = event.repeats ? claimById.get(event.repeats) : undefined;
      return {
        kind: event.kind,
        at: event.at.toISOString(),
        position: event.position,
        role: event.role,
        repeats: repeated
          ? {
              id: repeated.id,
              claimant: repeated.claimantName
                ? { name: repeated.claimantName, arabicName: repeated.claimantNameAr }
                : null,
              claimedAt: repeated.claimedAt?.toISOString() ?? null,
            }
          : null,
        claim: claim
          ? {
              id: claim.id,
              statement: texts.get(claim.id)?.statement ?? "",
              language: texts.get(claim.id)?.language ?? "und",
              type: claim.type,
              status: claim.status,
              claimant: claim.claimantName ? { name: claim.claimantName, arabicName: claim.claimantNameAr } : null,
            }
          : null,
        source: source
          ? {
              id: source.id,
              title: source.title,
              outlet: source.outlet,
              originName: source.originName,
              originNameAr: source.originNameAr,
            }
          : null,
      };
    }),
    total: timeline.total,
    start: timeline.start?.toISOString() ?? null,
    end: timeline.end?.toISOString() ?? null,
    claimants: [...claimants.values()].sort((a, b) => a.name.localeCompare(b.name)),
  };
}
