import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The migrations are written and applied without Prisma's diffing engine here, so this
 * checks that the migrated database has exactly the tables and columns schema.prisma
 * describes: a forgotten migration fails this test rather than a page in production.
 */
describe("migrations and schema.prisma", () => {
  it("agree on every model's columns", async () => {
    const rows = await db.$queryRaw<{ table_name: string; column_name: string }[]>`
      SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
        -- Search vectors are Unsupported("tsvector") in schema.prisma: Prisma lists no scalar field for them.
        AND data_type <> 'tsvector'`;
    const database = new Map<string, string[]>();
    for (const row of rows) database.set(row.table_name, [...(database.get(row.table_name) ?? []), row.column_name].sort());

    const fieldEnums = Prisma as unknown as Record<string, Record<string, string> | undefined>;
    const schema = new Map(
      Object.values(Prisma.ModelName).map((model) => [model, Object.values(fieldEnums[`${model}ScalarFieldEnum`] ?? {}).sort()]),
    );
    expect(Object.fromEntries(database)).toEqual(Object.fromEntries(schema));
  });
});
