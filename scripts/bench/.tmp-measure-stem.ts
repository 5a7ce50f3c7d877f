import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../lib/embedded-postgres";
import { freePort } from "../lib/free-port";
import { migrateDeploy } from "../lib/prisma-cli";
import { seed } from "./bench-search";

async function main() {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "claimdesk-s17-pg-"));
  const postgres = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
  try {
    await postgres.createDatabase("m");
    const url = postgres.urlFor("m");
    await migrateDeploy(url);
    process.env.DATABASE_URL = url;
    const { db, disconnectDb } = await import("../../lib/db");
    const t0 = Date.now();
    await seed(db);
    console.log("seeded", (Date.now() - t0) / 1000);
    const sql = await readFile(path.join(import.meta.dirname, "../../prisma/migrations/20261201000700_arabic_stemming/migration.sql"), "utf8");
    const body = sql
      .replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION")
      .replace('CREATE INDEX "EntityAlias_words_idx"', 'DROP INDEX "EntityAlias_words_idx"; CREATE INDEX "EntityAlias_words_idx"')
      .replace('CREATE INDEX "Claim_teamId_reportedViaId_idx"', 'DROP INDEX "Claim_teamId_reportedViaId_idx"; CREATE INDEX "Claim_teamId_reportedViaId_idx"');
    const pg = (await import("pg")).default;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const t1 = Date.now();
    await client.query(body);
    console.log("migration body at 100k claims:", (Date.now() - t1) / 1000, "s");
    for (const stmt of body.split(/;\n/).filter((s) => /ALTER TABLE|CREATE INDEX/.test(s))) {
      const t = Date.now();
      await client.query(stmt.replace(/^--.*$/gm, ""));
      console.log(((Date.now() - t) / 1000).toFixed(2), "s", stmt.replace(/^--.*$/gm, "").trim().slice(0, 90));
    }
    await client.end();
    await disconnectDb();
  } finally {
    await postgres.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
main().catch((e) => { console.error(e); process.exit(1); });
