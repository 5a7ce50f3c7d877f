import "server-only";
import type { TSourceReliability } from "@/lib/domain/sources/admiralty";
import {
  captureHealth,
  captureSummary,
  type CaptureHealth,
  type CaptureJobFacts,
  type CaptureSummary,
} from "@/lib/domain/sources/capture-health";
import type { EvidenceForCorroboration } from "@/lib/domain/sources/corroboration";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TSourceKind, TStance } from "@/lib/schemas/sources";
import { snapshotFactsSelect } from "@/lib/server/sources/source-dto";

export interface EvidenceDto {
  id: string;
  claimId: string;
  stance: TStance;
  passage: string | null;
  credibility: number | null;
  note: string | null;
  version: number;
  createdAt: string;
  createdBy: string | null;
  source: {
    id: string;
    title: string;
    url: string | null;
    outlet: string | null;
    kind: TSourceKind;
    reliability: TSourceReliability | null;
    origin: { id: string; name: string; arabicName: string | null } | null;
  };
  /** The page now against the capture current when it was cited. */
  health: CaptureHealth;
  capture: CaptureSummary;
}

export const evidenceSelect = {
  id: true,
  claimId: true,
  stance: true,
  passage: true,
  credibility: true,
  note: true,
  version: true,
  createdAt: true,
  createdBy: { select: { name: true } },
  source: {
    select: {
      id: true,
      title: true,
      url: true,
      outlet: true,
      kind: true,
      reliability: true,
      origin: { select: { id: true, name: true, arabicName: true } },
      snapshots: { select: snapshotFactsSelect },
    },
  },
} as const satisfies Prisma.EvidenceSelect;

type EvidenceRow = Prisma.EvidenceGetPayload<{ select: typeof evidenceSelect }>;

/** @param captureJob the source's latest capture job, when the caller loaded it (a capture on its way). */
export function toEvidenceDto(row: EvidenceRow, captureJob: CaptureJobFacts | null = null): EvidenceDto {
  const { snapshots, ...source } = row.source;
  const state = captureHealth(snapshots, row.createdAt, captureJob);
  return {
    id: row.id,
    claimId: row.claimId,
    stance: row.stance,
    passage: row.passage,
    credibility: row.credibility,
    note: row.note,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy?.name ?? null,
    source,
    health: state.health,
    capture: captureSummary(state),
  };
}

export function evidenceForCorroboration(evidence: EvidenceDto): EvidenceForCorroboration {
  return {
    stance: evidence.stance,
    sourceId: evidence.source.id,
    sourceTitle: evidence.source.title,
    originId: evidence.source.origin?.id ?? null,
    originName: evidence.source.origin?.name ?? null,
    originNameAr: evidence.source.origin?.arabicName ?? null,
    outlet: evidence.source.outlet,
    url: evidence.source.url,
  };
}

export function evidenceAuditView(evidence: EvidenceDto): Prisma.InputJsonValue {
  return {
    claimId: evidence.claimId,
    sourceId: evidence.source.id,
    stance: evidence.stance,
    passage: evidence.passage,
    credibility: evidence.credibility,
    note: evidence.note,
    version: evidence.version,
  };
}
