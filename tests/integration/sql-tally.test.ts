import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { takeSqlTally } from "@/lib/sql-tally";

// The page budgets and the page benchmark count statements through Prisma's query events: this
// proves the driver adapter emits one per statement, with the SQL and its parameters.
describe("SQL tally", () => {
  const client = createPrismaClient(process.env.DATABASE_URL!, 1, true);
  afterAll(() => client.$disconnect());

  it("counts each statement a query sends, and starts over when read", async () => {
    await client.team.count();
    takeSqlTally();
    await client.team.findMany({ where: { slug: "no-such-team" }, take: 1 });
    await client.$transaction([client.team.count(), client.user.count()]);
    const tally = takeSqlTally();
    // One select, then the transaction's two counts and its COMMIT (Prisma reports no BEGIN).
    expect(tally.statements.map((statement) => statement.query.split(" ")[0])).toEqual([
      "SELECT",
      "SELECT",
      "SELECT",
      "COMMIT",
    ]);
    expect(tally.count).toBe(4);
    expect(tally.statements[0]!.query).toMatch(/FROM "public"\."Team"/);
    expect(JSON.parse(tally.statements[0]!.params)).toContain("no-such-team");
    expect(takeSqlTally().count).toBe(0);
  });
});
