import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { introspectSchema } from "@/tests/support/introspect-schema";
import { datamodelOf } from "@/tests/support/prisma-dmmf";
import { createScratchDatabase, type ScratchDatabase } from "@/tests/support/scratch-database";
import { expectedSchemaShape, listDifferences } from "@/tests/support/schema-shape";

/**
 * schema-shape.ts translates Prisma types, defaults and names into PostgreSQL's spelling.
 * ClaimDesk's schema uses only part of that translation, so this checks the rest against a
 * real server: the features below, with the SQL `prisma migrate` writes for them.
 */
const SCHEMA = `
datasource db {
  provider = "postgresql"
}

enum Colour {
  DARK_RED @map("dark-red")
  GREEN

  @@map("colour")
}

model Widget {
  id     BigInt    @id @default(autoincrement()) @map("widget_id")
  code   String    @unique @db.VarChar(20)
  label  String    @default("it's new")
  price  Decimal   @default(1.5)
  exact  Decimal   @db.Decimal(10, 2)
  delta  Int       @default(-3)
  ratio  Float     @default(0.25)
  active Boolean   @default(false)
  colour Colour    @default(DARK_RED)
  tags   String[]  @default([])
  seenAt DateTime? @db.Timestamptz(6)
  day    DateTime  @default(dbgenerated("CURRENT_DATE")) @db.Date
  parts  Part[]

  @@index([label(sort: Desc), price])
  @@map("widgets")
}

model Part {
  batch    Int
  number   Int
  widgetId BigInt?
  widget   Widget? @relation(fields: [widgetId], references: [id], onUpdate: Restrict)

  @@id([batch, number], map: "part_pk")
  @@unique([widgetId, number], map: "part_slot")
}
`;

const MIGRATION = `
CREATE TYPE "colour" AS ENUM ('dark-red', 'GREEN');

CREATE TABLE "widgets" (
    "widget_id" BIGSERIAL NOT NULL,
    "code" VARCHAR(20) NOT NULL,
    "label" TEXT NOT NULL DEFAULT 'it''s new',
    "price" DECIMAL(65,30) NOT NULL DEFAULT 1.5,
    "exact" DECIMAL(10,2) NOT NULL,
    "delta" INTEGER NOT NULL DEFAULT -3,
    "ratio" DOUBLE PRECISION NOT NULL DEFAULT 0.25,
    "active" BOOLEAN NOT NULL DEFAULT false,
    "colour" "colour" NOT NULL DEFAULT 'dark-red',
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "seenAt" TIMESTAMPTZ(6),
    "day" DATE NOT NULL DEFAULT CURRENT_DATE,

    CONSTRAINT "widgets_pkey" PRIMARY KEY ("widget_id")
);

CREATE TABLE "Part" (
    "batch" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "widgetId" BIGINT,

    CONSTRAINT "part_pk" PRIMARY KEY ("batch","number")
);

CREATE UNIQUE INDEX "widgets_code_key" ON "widgets"("code");
CREATE INDEX "widgets_label_price_idx" ON "widgets"("label" DESC, "price");
CREATE UNIQUE INDEX "part_slot" ON "Part"("widgetId", "number");

ALTER TABLE "Part" ADD CONSTRAINT "Part_widgetId_fkey" FOREIGN KEY ("widgetId") REFERENCES "widgets"("widget_id") ON DELETE SET NULL ON UPDATE RESTRICT;
`;

describe("schema-shape's Prisma-to-PostgreSQL translation", () => {
  let scratch: ScratchDatabase;

  beforeAll(async () => {
    scratch = await createScratchDatabase("claimdesk_schema_mapping");
    await scratch.execute(MIGRATION);
  });

  afterAll(() => scratch?.drop());

  it("matches what PostgreSQL reports for mapped names, native types, literal defaults and actions", async () => {
    const client = new pg.Client({ connectionString: scratch.url });
    await client.connect();
    try {
      const expected = expectedSchemaShape(datamodelOf(SCHEMA));
      const actual = await introspectSchema(client);
      expect(listDifferences(expected, actual)).toEqual([]);
      expect(actual).toEqual(expected);
    } finally {
      await client.end();
    }
  });
});
