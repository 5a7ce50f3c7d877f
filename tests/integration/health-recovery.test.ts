import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server, type Socket } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "@/lib/database-outage";
import { CONNECT_TIMEOUT_MS, createPrismaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { checkHealth, committedMigrations } from "@/lib/server/health/check-health";
import { applyMigrations } from "@/scripts/lib/apply-migrations";
import { startEmbeddedPostgres, type RunningPostgres } from "@/scripts/lib/embedded-postgres";
import { freePort } from "@/scripts/lib/free-port";

/**
 * The database goes away and comes back while the app keeps running: health says so within
 * a bound, and the same client (the same pool) works again without a restart. This runs its
 * own PostgreSQL, since it stops it.
 */
describe("health while PostgreSQL stops and starts again", () => {
  let dataDir: string;
  let port: number;
  let postgres: RunningPostgres | undefined;
  let client: PrismaClient;

  const start = async () => {
    postgres = await startEmbeddedPostgres({ dataDir, port, persistent: true });
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "claimdesk-health-pg-"));
    port = await freePort();
    await start();
    await postgres!.createDatabase("claimdesk_health");
    await applyMigrations(postgres!.urlFor("claimdesk_health"), () => {});
    client = createPrismaClient(postgres!.urlFor("claimdesk_health"), 2);
  });

  afterAll(async () => {
    await client?.$disconnect();
    await postgres?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it("is healthy on a freshly migrated database", async () => {
    expect((await checkHealth({ client })).body).toEqual({ db: "ok", migrations: "current", worker: "off" });
  });

  it("counts only finished, not rolled back migrations as applied", async () => {
    await client.$executeRaw`
      INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, rolled_back_at) VALUES
        ('unfinished', '', '29990101000000_unfinished', NULL, NULL),
        ('rolled-back', '', '29990101000100_rolled_back', now(), now())`;
    const committed = [...(await committedMigrations()), "29990101000000_unfinished", "29990101000100_rolled_back"];
    expect((await checkHealth({ client, committed })).body).toMatchObject({ migrations: "pending", pending: 2 });
  });

  it("says unreachable promptly while the server is down, and ok again once it is back", async () => {
    await postgres!.stop();
    postgres = undefined;
    const asked = Date.now();
    const down = await checkHealth({ client });
    expect(down).toMatchObject({ healthy: false, body: { db: "unreachable" } });
    expect(Date.now() - asked).toBeLessThan(5_000);
    // An ordinary query fails too, rather than waiting for the database, and says why (the outage page).
    const failures = await Promise.all([
      client.team.count().catch((error: unknown) => error),
      client.$transaction((tx) => tx.team.count()).catch((error: unknown) => error),
    ]);
    for (const failure of failures) expect(isDatabaseUnavailable(failure), String(failure)).toBe(true);
    // A query that reached the database and failed is not an outage.
    expect(isDatabaseUnavailable(new Error("duplicate key value violates unique constraint"))).toBe(false);

    await start();
    expect((await checkHealth({ client })).body).toEqual({ db: "ok", migrations: "current", worker: "off" });
    expect(await client.team.count()).toBe(0);
  });
});

/** A server that accepts connections and never says a word: a database behind a dead link. */
describe("health against a database that does not answer", () => {
  let silent: Server;
  const sockets = new Set<Socket>();
  let client: PrismaClient;

  beforeAll(async () => {
    silent = createServer((socket) => {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
    });
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as { port: number };
    client = createPrismaClient(`postgresql://nobody:nothing@127.0.0.1:${port}/none`, 1);
  });

  afterAll(async () => {
    await client?.$disconnect();
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => silent?.close(resolve));
  });

  it("answers unreachable within the probe's bound instead of hanging", async () => {
    const asked = Date.now();
    expect((await checkHealth({ client })).body).toMatchObject({ db: "unreachable" });
    expect(Date.now() - asked).toBeLessThan(3_000);
  });

  it("fails a query once the connection timeout passes", async () => {
    const asked = Date.now();
    const failure = await client.team.count().catch((error: unknown) => error);
    expect(isDatabaseUnavailable(failure), String(failure)).toBe(true);
    // The probe above may still hold the only pool slot for part of its own timeout.
    expect(Date.now() - asked).toBeLessThan(2 * CONNECT_TIMEOUT_MS + 1_000);
  });
});
