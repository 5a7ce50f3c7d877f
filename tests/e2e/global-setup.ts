import { prepareDatabase } from "../../scripts/lib/prepare-database";
import { E2E_PASSWORD } from "./support";

/** Seeds the demo team with known passwords into the e2e database. */
export default async function globalSetup(): Promise<void> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set. Run the browser tests with `npm test -- e2e`.");
  await prepareDatabase(
    { app: url, owner: process.env.E2E_DATABASE_OWNER_URL },
    { seedDemo: true, password: E2E_PASSWORD },
  );
}
