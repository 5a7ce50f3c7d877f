import { randomUUID } from "node:crypto";
import pg from "pg";

export interface ScratchDatabase {
  url: string;
  /** Runs SQL in the scratch database on a connection of its own. */
  execute(sql: string): Promise<void>;
  drop(): Promise<void>;
}

/**
 * An empty database beside the integration database (same server, same credentials), for
 * tests that must change a schema without touching the one every other test shares.
 */
export async function createScratchDatabase(prefix: string): Promise<ScratchDatabase> {
  // Creating a database is the owner's right, not the app's.
  const server = process.env.DATABASE_OWNER_URL ?? process.env.DATABASE_URL;
  if (!server) throw new Error("DATABASE_URL is not set. Run the integration tests with `npm test -- integration`.");
  const name = `${prefix}_${randomUUID().slice(0, 8)}`;
  const url = new URL(server);
  url.pathname = `/${name}`;
  await onServer(server, `CREATE DATABASE "${name}"`);
  return {
    url: url.toString(),
    execute: (sql) => onServer(url.toString(), sql),
    drop: () => onServer(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

async function onServer(databaseUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
