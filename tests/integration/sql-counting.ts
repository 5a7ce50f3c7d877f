import { afterAll, beforeAll } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { takeSqlTally } from "@/lib/sql-tally";

/**
 * Points this file's use cases at a client that tallies its statements (lib/sql-tally.ts), and
 * returns a function counting the statements a call sends.
 */
export function countingStatements(): <T>(call: () => Promise<T>) => Promise<{ result: T; statements: number }> {
  const holder = globalThis as unknown as { claimdeskDb?: unknown };
  let previous: unknown;
  let counting: ReturnType<typeof createPrismaClient> | undefined;
  beforeAll(() => {
    previous = holder.claimdeskDb;
    counting = createPrismaClient(process.env.DATABASE_URL!, 4, true);
    holder.claimdeskDb = counting;
  });
  afterAll(async () => {
    holder.claimdeskDb = previous;
    await counting?.$disconnect();
  });
  return async (call) => {
    takeSqlTally();
    const result = await call();
    return { result, statements: takeSqlTally().count };
  };
}
