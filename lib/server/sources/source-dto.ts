import "server-only";
import {
  captureHealth,
  captureSummary,
  type CaptureHealth,
  type CaptureSummary,
  type SnapshotFacts,
} from "@/lib/domain/sources/capture-health";
import type { TSourceReliability } from "@/lib/domain/sources/admiralty";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TSourceKind } from "@/lib/schemas/sources";

export interface SnapshotDto {
  id: string;
  capturedAt: string;
  requestedUrl: string;
  finalUrl: string | null;
  httpStatus: number | null;
  contentType: string | null;
  title: string | null;
  sha256: string | null;
  byteLength: number | null;
  errorCode: string | null;
  capturedBy: string | null;
}

export interface CaptureJobDto {
  id: string;
  status: "QUEUED" | "RUNNING" | "SUCCEEDED" | "FAILED";
  progress: number;
  stage: string | null;
  attempts: number;
  errorCode: string | null;
  createdAt: string;
}

export interface SourceDto {
  id: string;
  url: string | null;
  title: string;
  outlet: string | null;
  author: string | null;
  publishedAt: string | null;
  language: string | null;
  kind: TSourceKind;
  reliability: TSourceReliability | null;
  origin: { id: string; name: string; arabicName: string | null } | null;
  /** The origin the source's own words name, while no origin is set: offered, not counted as confirmed. */
  suggestedOrigin: { id: string; name: string; arabicName: string | null; cue: string } | null;
  notes: string | null;
  version: number;
  createdAt: string;
  /** Latest capture against the first good one: does the page still say what it said? */
  health: CaptureHealth;
  /** The health with its reason (unreachable, failed) and whether a retry is queued. */
  capture: CaptureSummary;
  latestSnapshot: SnapshotDto | null;
  /** The most recent capture job, so the page can show its progress or failure. */
  captureJob: CaptureJobDto | null;
  evidenceCount: number;
}

export const snapshotFactsSelect = {
  id: true,
  capturedAt: true,
  httpStatus: true,
  errorCode: true,
  sha256: true,
  textSha256: true,
} as const;

const snapshotSelect = {
  ...snapshotFactsSelect,
  requestedUrl: true,
  finalUrl: true,
  contentType: true,
  title: true,
  byteLength: true,
  capturedBy: { select: { name: true } },
} as const satisfies Prisma.SourceSnapshotSelect;

export const sourceSelect = {
  id: true,
  teamId: true,
  url: true,
  title: true,
  outlet: true,
  author: true,
  publishedAt: true,
  language: true,
  kind: true,
  reliability: true,
  notes: true,
  version: true,
  createdAt: true,
  origin: { select: { id: true, name: true, arabicName: true } },
  suggestedOrigin: { select: { id: true, name: true, arabicName: true } },
  suggestedOriginCue: true,
  snapshots: { select: snapshotSelect, orderBy: { capturedAt: "asc" } },
  _count: { select: { evidence: true } },
} as const satisfies Prisma.SourceSelect;

type SourceRow = Prisma.SourceGetPayload<{ select: typeof sourceSelect }>;
type SnapshotRow = SourceRow["snapshots"][number];

export function toSnapshotDto(row: SnapshotRow): SnapshotDto {
  return {
    id: row.id,
    capturedAt: row.capturedAt.toISOString(),
    requestedUrl: row.requestedUrl,
    finalUrl: row.finalUrl,
    httpStatus: row.httpStatus,
    contentType: row.contentType,
    title: row.title,
    sha256: row.sha256,
    byteLength: row.byteLength,
    errorCode: row.errorCode,
    capturedBy: row.capturedBy?.name ?? null,
  };
}

export function toCaptureJobDto(
  job:
    | {
        id: string;
        status: CaptureJobDto["status"];
        progress: number;
        stage: string | null;
        attempts: number;
        errorCode: string | null;
        createdAt: Date;
      }
    | null
    | undefined,
): CaptureJobDto | null {
  return job ? { ...job, createdAt: job.createdAt.toISOString() } : null;
}

export function toSourceDto(row: SourceRow, captureJob: CaptureJobDto | null): SourceDto {
  const state = captureHealth(row.snapshots as SnapshotFacts[], null, captureJob);
  const { health, latest } = state;
  const latestRow = latest ? row.snapshots.find((snapshot) => snapshot.id === latest.id)! : null;
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    outlet: row.outlet,
    author: row.author,
    publishedAt: row.publishedAt?.toISOString().slice(0, 10) ?? null,
    language: row.language,
    kind: row.kind,
    reliability: row.reliability,
    origin: row.origin,
    suggestedOrigin:
      !row.origin && row.suggestedOrigin ? { ...row.suggestedOrigin, cue: row.suggestedOriginCue ?? "" } : null,
    notes: row.notes,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    health,
    capture: captureSummary(state),
    latestSnapshot: latestRow ? toSnapshotDto(latestRow) : null,
    captureJob,
    evidenceCount: row._count.evidence,
  };
}

/** What the audit trail keeps of a source. */
export function sourceAuditView(source: SourceDto): Prisma.InputJsonValue {
  const {
    latestSnapshot: _snapshot,
    captureJob: _job,
    health: _health,
    capture: _capture,
    evidenceCount: _count,
    ...fields
  } = source;
  return JSON.parse(JSON.stringify(fields)) as Prisma.InputJsonValue;
}
