import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { Webhook } from "standardwebhooks";
import { startEmbeddedPostgres } from "../lib/embedded-postgres";
import { freePort } from "../lib/free-port";
import { migrateDeploy } from "../lib/prisma-cli";

const EVENTS = 1_000;

/**
 * Webhook fan-out: 1,000 articles imported through the use case (each announces
 * "article.imported" in its own transaction), then the worker's webhook lanes deliver them to a
 * local receiver that verifies every signature with the Standard Webhooks library. Prints the
 * time to deliver the 1,000 (target: under 30 s), then the latency of events made while the
 * lanes run (from the change's commit to the receiver).
 */
export async function benchWebhooks(): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "claimdesk-bench-pg-"));
  const postgres = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
  const arrivals: number[] = [];
  let invalid = 0;
  let secret = "";
  const receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      try {
        new Webhook(secret).verify(Buffer.concat(chunks).toString("utf8"), request.headers as Record<string, string>);
        arrivals.push(performance.now());
      } catch {
        invalid += 1;
      }
      response.end("ok");
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  try {
    await postgres.createDatabase("claimdesk_bench");
    const url = postgres.urlFor("claimdesk_bench");
    await migrateDeploy(url);
    process.env.DATABASE_URL = url;
    process.env.DATABASE_POOL_SIZE = "4";
    process.env.AUTH_SECRET ??= "bench-webhooks-secret-not-for-production-0123456789";
    process.env.SSRF_ALLOWLIST = new URL(receiverUrl).host;
    const { db, disconnectDb } = await import("../../lib/db");
    try {
      const { loadMember } = await import("../../lib/server/users/load-member");
      const { createWebhookEndpoint } = await import("../../lib/server/webhooks/webhook-endpoints");
      const { importArticle } = await import("../../lib/server/articles/import-article");
      const { runDueJobs, WEBHOOK_LANE_CONCURRENCY } = await import("../../lib/server/jobs/job-worker");
      const team = await db.team.create({ data: { name: "Bench", slug: `bench-${Date.now()}` } });
      const user = await db.user.create({ data: { email: "bench@example.test", name: "Bench", passwordHash: "x" } });
      await db.membership.create({ data: { userId: user.id, teamId: team.id, role: "ADMIN" } });
      const admin = (await loadMember({ userId: user.id, preferredTeamId: team.id }))!;
      secret = (await createWebhookEndpoint(admin, { url: receiverUrl, events: ["article.imported"] })).secret;

      const importOne = (i: number) =>
        importArticle(admin, {
          source: "paste",
          text: `Bench article ${i}: the ministry said ${i} people were injured in the blast.`,
          title: `Bench ${i}`,
        } as never);
      // The worker's webhook lanes as a server runs them: passes until `expected` have arrived.
      const drain = (expected: number) =>
        Promise.all(
          Array.from({ length: WEBHOOK_LANE_CONCURRENCY }, async () => {
            while (arrivals.length + invalid < expected) {
              if ((await runDueJobs({ kinds: ["webhook.deliver"] })) === 0)
                await new Promise((resolve) => setTimeout(resolve, 5));
            }
          }),
        );

      // 1. Fan-out: 1,000 events waiting in the queue (as after a bulk publish), delivered.
      for (let i = 0; i < EVENTS; i++) await importOne(i);
      const started = performance.now();
      await drain(EVENTS);
      const fanOut = (performance.now() - started) / 1000;

      // 2. Live: events made while the lanes run, each timed from its commit to its arrival.
      const queuedAt: number[] = [];
      const live = 200;
      const liveStart = arrivals.length;
      await Promise.all([
        (async () => {
          for (let i = 0; i < live; i++) {
            await importOne(EVENTS + i);
            queuedAt.push(performance.now());
          }
        })(),
        drain(EVENTS + live),
      ]);
      const latencies = arrivals
        .slice(liveStart)
        .map((at, i) => at - queuedAt[i]!)
        .sort((a, b) => a - b);
      const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)]!;
      const failed = await db.webhookDelivery.count({ where: { status: { not: "SUCCEEDED" } } });
      console.log(
        `webhooks: fan-out of ${EVENTS.toLocaleString("en")} queued events delivered in ${fanOut.toFixed(1)} s ` +
          `(target < 30 s, ${(EVENTS / fanOut).toFixed(0)}/s, ${WEBHOOK_LANE_CONCURRENCY} lanes); ` +
          `live events, commit to arrival: p50 ${at(0.5).toFixed(0)} ms, p95 ${at(0.95).toFixed(0)} ms; ` +
          `${invalid} bad signatures, ${failed} not delivered`,
      );
    } finally {
      await (await import("../../lib/server/auth/rate-limit-pool")).closeRateLimitPool();
      await disconnectDb();
    }
  } finally {
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
    await postgres.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
