import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { seedDemoData, type SeededAccount } from "../../prisma/seed";
import { migrateDeploy } from "./prisma-cli";

/** Applies committed migrations, then seeds the demo team if it is missing. */
export async function prepareDatabase(databaseUrl: string, seed: { password?: string } = {}): Promise<SeededAccount[] | null> {
  await migrateDeploy(databaseUrl);
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    return await seedDemoData(db, seed);
  } finally {
    await db.$disconnect();
  }
}

export function printAccounts(accounts: SeededAccount[]): void {
  const width = Math.max(...accounts.map((account) => account.email.length));
  console.log("\n  Demo accounts (shown once; sign in at the address below):\n");
  for (const account of accounts) console.log(`    ${account.role.padEnd(13)} ${account.email.padEnd(width)}  ${account.password}`);
  console.log("");
}
