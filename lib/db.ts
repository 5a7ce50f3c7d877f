import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";

/**
 * The one Prisma client. Imported only by lib/server/** (house style rule 1).
 * Created on first use, so `next build` can load server modules without a database, and
 * kept on globalThis so dev-mode reloads do not open a new pool each time.
 */
const globalForDb = globalThis as unknown as { claimdeskDb?: PrismaClient };

function client(): PrismaClient {
  if (!globalForDb.claimdeskDb) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set");
    const adapter = new PrismaPg({ connectionString, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    globalForDb.claimdeskDb = new PrismaClient({ adapter });
  }
  return globalForDb.claimdeskDb;
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
