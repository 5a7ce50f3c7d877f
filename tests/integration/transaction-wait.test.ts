import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";

// Under load every connection of the pool can be busy. A transaction must then wait its turn as
// a single query does, not fail after Prisma's 2 s default (P2028, a 500 for the user).
describe("transactions on a busy pool", () => {
  const client = createPrismaClient(process.env.DATABASE_URL!, 1);
  afterAll(() => client.$disconnect());

  it("waits for the only connection while another request holds it for 3 s", async () => {
    let holding!: () => void;
    const held = new Promise<void>((resolve) => (holding = resolve));
    const busy = client.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT 1`;
        holding();
        await tx.$executeRaw`SELECT pg_sleep(3)`;
      },
      { timeout: 10_000 },
    );
    await held;
    const started = Date.now();
    const waited = client.$transaction(async (tx) => tx.$queryRaw<{ one: number }[]>`SELECT 1 AS one`);
    await expect(waited).resolves.toEqual([{ one: 1 }]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2_500);
    await busy;
  });
});
