import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { appEnv } from "@/lib/config/env";
import { logger } from "@/lib/log/logger";
import { recordStatement } from "@/lib/sql-tally";

/**
 * The one Prisma client. Imported only by lib/server/** (house style rule 1).
 * Created on first use, so `next build` can load server modules without a database, and
 * kept on globalThis so dev-mode reloads do not open a new pool each time.
 */
const globalForDb = globalThis as unknown as { claimdeskDb?: PrismaClient };

function client(): PrismaClient {
  if (!globalForDb.claimdeskDb) {
    const { DATABASE_URL, DATABASE_POOL_SIZE, CLAIMDESK_SQL_TALLY } = appEnv();
    if (!DATABASE_URL) throw new Error("DATABASE_URL is not set");
    globalForDb.claimdeskDb = createPrismaClient(DATABASE_URL, DATABASE_POOL_SIZE, CLAIMDESK_SQL_TALLY === "1");
  }
  return globalForDb.claimdeskDb;
}

/**
 * How long a query waits for a connection (a new one, or a free one in a busy pool) before it
 * fails. pg waits forever by default, so a database behind a dropped network link would hang
 * every page; with a bound they fail fast, and the pool opens fresh connections by itself
 * once the database answers again.
 */
export const CONNECT_TIMEOUT_MS = 5_000;

/** A client with the app's pool settings; exported so tests can point one at their own server. */
export function createPrismaClient(connectionString: string, poolSize = 10, tallyStatements = false): PrismaClient {
  const adapter = new PrismaPg(
    { connectionString, max: poolSize, connectionTimeoutMillis: CONNECT_TIMEOUT_MS },
    // An idle connection the server closed (a restart, say) is dropped from the pool; worth a line, not a crash.
    { onPoolError: (err) => logger.warn({ err }, "database connection lost while idle") },
  );
  // A transaction waits for a connection as long as a plain query does: under load, Prisma's 2 s
  // default failed one busy search in 40 (P2028) while its single queries would have waited.
  const transactionOptions = { maxWait: CONNECT_TIMEOUT_MS };
  if (!tallyStatements) return new PrismaClient({ adapter, transactionOptions });
  const client = new PrismaClient({ adapter, transactionOptions, log: [{ emit: "event", level: "query" }] });
  client.$on("query", (event) =>
    recordStatement({ query: event.query, params: event.params, durationMs: event.duration }),
  );
  return client;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const target = client();
    const value: unknown = Reflect.get(target, property);
    return typeof value === "function" ? value.bind(target) : value;
  },
});

/** A client inside `db.$transaction(async (tx) => ...)`. */
export type Tx = Prisma.TransactionClient;

export async function disconnectDb(): Promise<void> {
  await globalForDb.claimdeskDb?.$disconnect();
  globalForDb.claimdeskDb = undefined;
}
