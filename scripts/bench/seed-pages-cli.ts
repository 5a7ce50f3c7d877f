/**
 * Seeds one page-budget team into DATABASE_URL and prints it as JSON on the last line of stdout,
 * for the page-budget e2e test (Playwright's runner cannot load lib/server, which is server-only).
 * Run as: node --conditions=react-server --import tsx scripts/bench/seed-pages-cli.ts <password>
 */
import { BUDGET_TEAM_SIZE, seedPagesTeam } from "./seed-pages";

async function main(): Promise<void> {
  const password = process.argv[2];
  if (!password) throw new Error("Usage: seed-pages-cli.ts <password>");
  const { disconnectDb } = await import("../../lib/db");
  try {
    const seeded = await seedPagesTeam(BUDGET_TEAM_SIZE, { password, log: (line) => console.error(line) });
    console.log(JSON.stringify(seeded));
  } finally {
    await disconnectDb();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
