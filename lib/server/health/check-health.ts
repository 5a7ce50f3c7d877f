import "server-only";
import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { isJobWorkerRunning } from "@/lib/server/jobs/job-wake";

/** A health probe answers within this, whatever state the database is in. */
export const HEALTH_PROBE_TIMEOUT_MS = 2_000;

type WorkerState = "ok" | "off";

/** What /api/health says: states and counts only, never an error message, host or version. */
export type HealthBody =
  | { db: "ok"; migrations: "current"; worker: WorkerState }
  | { db: "ok"; migrations: "pending"; pending: number; worker: WorkerState }
  | { db: "unreachable"; worker: WorkerState };

export interface Health {
  healthy: boolean;
  body: HealthBody;
  /** Why the database did not answer, for the server log only. */
  cause?: unknown;
}

/**
 * Is this process fit to serve: the database answers, and every committed migration has been
 * applied. No permission check: it reveals nothing but these states, to load balancers and
 * monitors without a session. `client` and `committed` are for tests.
 */
export async function checkHealth(
  options: { client?: PrismaClient; committed?: readonly string[] } = {},
): Promise<Health> {
  const worker: WorkerState = isJobWorkerRunning() ? "ok" : "off";
  const committed = options.committed ?? (await committedMigrations());
  let applied: Set<string>;
  try {
    applied = await withTimeout(appliedMigrations(options.client ?? db), HEALTH_PROBE_TIMEOUT_MS);
  } catch (cause) {
    return { healthy: false, body: { db: "unreachable", worker }, cause };
  }
  const pending = committed.filter((name) => !applied.has(name)).length;
  if (pending > 0) return { healthy: false, body: { db: "ok", migrations: "pending", pending, worker } };
  return { healthy: true, body: { db: "ok", migrations: "current", worker } };
}

/** Migrations Prisma's bookkeeping records as finished and not rolled back; none on a fresh database. */
async function appliedMigrations(client: PrismaClient): Promise<Set<string>> {
  const [table] = await client.$queryRaw<
    { present: boolean }[]
  >`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS present`;
  if (!table?.present) return new Set();
  const rows = await client.$queryRaw<{ migration_name: string }[]>`
    SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  return new Set(rows.map((row) => row.migration_name));
}

let committedCache: string[] | undefined;

/** The migration folders shipped with this build (read once: they do not change while it runs). */
export async function committedMigrations(): Promise<string[]> {
  if (committedCache) return committedCache;
  const dir = path.join(process.cwd(), "prisma", "migrations");
  const entries = await readdir(dir, { withFileTypes: true });
  // Same rule as scripts/lib/apply-migrations.ts: a migration is a folder with a migration.sql.
  committedCache = entries
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
  return committedCache;
}

/** Settles with `work`, or rejects once `ms` have passed; a late answer is then ignored. */
function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`The database did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
