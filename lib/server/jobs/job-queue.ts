import "server-only";
import { db, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * A durable job table in PostgreSQL. Jobs are enqueued inside the caller's transaction (so a
 * record and the work it needs commit together), taken with FOR UPDATE SKIP LOCKED under a
 * lease, and finished in the same transaction as their results: a process that dies mid-job
 * leaves it RUNNING with an expired lease, and the next worker takes it again from scratch.
 */
export const JOB_KINDS = ["source.capture", "report.export", "dashboard.refresh", "webhook.deliver"] as const;
export type JobKind = (typeof JOB_KINDS)[number];

export const LEASE_MS = 60_000;

export interface TakenJob {
  id: string;
  teamId: string;
  kind: string;
  payload: Prisma.JsonValue;
  attempts: number;
  maxAttempts: number;
  createdById: string | null;
}

export async function enqueueJob(
  tx: Tx,
  job: {
    teamId: string;
    kind: JobKind;
    subjectId: string | null;
    payload: Prisma.InputJsonValue;
    createdById: string | null;
    maxAttempts?: number;
  },
): Promise<{ id: string }> {
  return tx.job.create({ data: job, select: { id: true } });
}

/** Takes the oldest due job (or one whose lease ran out), or null when there is none. */
export async function takeNextJob(kinds: readonly string[], leaseMs = LEASE_MS): Promise<TakenJob | null> {
  // Timestamps are stored as UTC without a zone (Prisma's TIMESTAMP(3)); compare in UTC.
  const rows = await db.$queryRaw<TakenJob[]>`
    UPDATE "Job" SET
      status = 'RUNNING',
      attempts = attempts + 1,
      "lockedUntil" = (now() AT TIME ZONE 'UTC') + make_interval(secs => ${leaseMs / 1000}),
      stage = NULL,
      progress = 0,
      "updatedAt" = now() AT TIME ZONE 'UTC'
    WHERE id = (
      SELECT id FROM "Job"
      WHERE kind = ANY(${[...kinds]}::text[])
        AND ((status = 'QUEUED' AND "runAfter" <= now() AT TIME ZONE 'UTC')
          OR (status = 'RUNNING' AND "lockedUntil" < now() AT TIME ZONE 'UTC'))
      ORDER BY "runAfter", "createdAt"
      FOR UPDATE SKIP LOCKED
      LIMIT 1
    )
    RETURNING id, "teamId", kind, payload, attempts, "maxAttempts", "createdById"`;
  return rows[0] ?? null;
}

/** Ownership check: the job is still ours only while it is RUNNING on the attempt we took. */
function ours(job: TakenJob) {
  return { id: job.id, status: "RUNNING" as const, attempts: job.attempts };
}

export async function reportProgress(job: TakenJob, progress: number, stage: string): Promise<void> {
  await db.job.updateMany({
    where: ours(job),
    data: { progress: Math.max(0, Math.min(100, Math.round(progress))), stage },
  });
}

export class LostJobLease extends Error {
  constructor() {
    super("Another worker took this job over (its lease ran out)");
  }
}

/** Marks the job done inside the transaction that writes its results. */
export async function completeJob(tx: Tx, job: TakenJob, result: Prisma.InputJsonValue | null): Promise<void> {
  const updated = await tx.job.updateMany({
    where: ours(job),
    data: {
      status: "SUCCEEDED",
      progress: 100,
      stage: "done",
      lockedUntil: null,
      errorCode: null,
      result: result ?? undefined,
      finishedAt: new Date(),
    },
  });
  if (updated.count !== 1) throw new LostJobLease();
}

/** A failed attempt: retried later with backoff, or FAILED for good once attempts run out. */
export async function failJob(job: TakenJob, errorCode: string): Promise<void> {
  const final = job.attempts >= job.maxAttempts;
  await db.job.updateMany({
    where: ours(job),
    data: final
      ? { status: "FAILED", errorCode, lockedUntil: null, finishedAt: new Date() }
      : { status: "QUEUED", errorCode, lockedUntil: null, runAfter: new Date(Date.now() + 2_000 * job.attempts) },
  });
}

/**
 * Puts the job back in the queue from inside the transaction that stored this attempt's result
 * (a capture of an unreachable site is kept, and tried again later). False once its attempts are
 * used up: the caller then completes it.
 */
export async function retryJobLater(tx: Tx, job: TakenJob, errorCode: string, delayMs: number): Promise<boolean> {
  if (job.attempts >= job.maxAttempts) return false;
  const updated = await tx.job.updateMany({
    where: ours(job),
    data: { status: "QUEUED", errorCode, lockedUntil: null, stage: null, runAfter: new Date(Date.now() + delayMs) },
  });
  if (updated.count !== 1) throw new LostJobLease();
  return true;
}
