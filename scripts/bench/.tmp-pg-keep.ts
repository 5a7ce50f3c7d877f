// Keeps a seeded 100k-claim embedded PostgreSQL running for measurements (scratch; deleted before report).
import { existsSync, writeFileSync } from "node:fs";
import { startEmbeddedPostgres } from "../lib/embedded-postgres";
import { migrateDeploy } from "../lib/prisma-cli";
import { seed } from "./bench-search";

async function main() {
  const dataDir = "/tmp/s17/pg";
  const fresh = !existsSync(dataDir + "/PG_VERSION");
  const postgres = await startEmbeddedPostgres({ dataDir, port: 55417, persistent: true });
  const url = postgres.urlFor("m");
  if (fresh) {
    await postgres.createDatabase("m");
    await migrateDeploy(url);
    process.env.DATABASE_URL = url;
    const { db, disconnectDb } = await import("../../lib/db");
    const member = await seed(db);
    writeFileSync("/tmp/s17/member.json", JSON.stringify({ userId: member.userId ?? null, teamId: member.teamId }));
    await disconnectDb();
  }
  console.log("READY", url);
  process.on("SIGTERM", async () => { await postgres.stop(); process.exit(0); });
  await new Promise(() => {});
}
main().catch((e) => { console.error(e); process.exit(1); });
