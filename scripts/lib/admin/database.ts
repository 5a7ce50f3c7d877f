import { existsSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { checkEnv } from "../../../lib/config/env";
import { embeddedDatabaseUrl, startEmbeddedPostgres } from "../embedded-postgres";
import { onShutdown } from "../processes";
import { CliError } from "./cli-error";

const ROOT = path.resolve(import.meta.dirname, "..", "..", "..");

/**
 * Runs `work` against DATABASE_URL, or else against the embedded database of `npm start`:
 * the running one if the app is up (two servers cannot share a data directory), otherwise
 * one started for the command and stopped after it, also on Ctrl-C.
 */
export async function withDatabase<T>(work: (databaseUrl: string) => Promise<T>): Promise<T> {
  const check = checkEnv(process.env);
  if (!check.ok) throw new CliError(`the environment has problems (see .env.example): ${check.problems.join("; ")}`);
  const { DATABASE_URL, CLAIMDESK_DATA_DIR, CLAIMDESK_DB_PORT: port } = check.env;
  if (DATABASE_URL) return work(DATABASE_URL);

  const embeddedData = path.join(path.resolve(ROOT, CLAIMDESK_DATA_DIR), "postgres");
  if (!existsSync(path.join(embeddedData, "PG_VERSION"))) {
    throw new CliError(
      `DATABASE_URL is not set (environment or .env) and there is no embedded database in ${embeddedData} yet: run \`npm start\` once, or set DATABASE_URL.`,
    );
  }
  if (await isListening(port)) return work(embeddedDatabaseUrl(port, "claimdesk"));

  const postgres = await startEmbeddedPostgres({ dataDir: embeddedData, port, persistent: true });
  onShutdown(() => postgres.stop());
  try {
    await postgres.createDatabase("claimdesk");
    return await work(postgres.urlFor("claimdesk"));
  } finally {
    await postgres.stop();
  }
}

function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}
