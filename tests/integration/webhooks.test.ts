import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Member } from "@/lib/auth/member";
import { db } from "@/lib/db";
import { WEBHOOK_RETRY_DELAYS_MS } from "@/lib/domain/webhooks/webhook-events";
import { ZApiArticleListItem, ZApiClaim, ZApiExportJob, ZApiSourceFull } from "@/lib/schemas/api/resources";
import { WEBHOOK_MESSAGE_SCHEMAS } from "@/lib/schemas/api/webhook-messages";
import { ZCreateSourceInput } from "@/lib/schemas/sources";
import { importArticle } from "@/lib/server/articles/import-article";
import { attachEvidence } from "@/lib/server/evidence/attach-evidence";
import { runDueJobs } from "@/lib/server/jobs/job-worker";
import { requestReportExport } from "@/lib/server/reports/background-export";
import { createSource } from "@/lib/server/sources/create-source";
import { requestCapture } from "@/lib/server/sources/request-capture";
import { listWebhookDeliveries, redeliverWebhook, sendTestWebhook } from "@/lib/server/webhooks/webhook-deliveries";
import {
  createWebhookEndpoint,
  listWebhookEndpoints,
  removeWebhookEndpoint,
} from "@/lib/server/webhooks/webhook-endpoints";
import { setUpClaimStages } from "./claim-stages";
import { auditEventsFor, createTeam, refusal } from "./support";

/**
 * A local receiver that checks every message with the Standard Webhooks library, as a
 * newsroom's CMS would, and answers with the statuses a test queues (200 when none is queued).
 */
interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  verified: unknown;
}
const receiver = {
  base: "",
  received: [] as Received[],
  statuses: [] as number[],
  secrets: new Map<string, string>(),
  /** Pages it serves to GET, as a news site: the source captures of the last test. */
  pages: new Map<string, { status: number; html: string }>(),
};
let server: Server;
let previousAllowList: string | undefined;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.method === "GET") {
      const page = receiver.pages.get(request.url ?? "");
      response.statusCode = page?.status ?? 404;
      response.setHeader("content-type", "text/html; charset=utf-8");
      response.end(page?.html ?? "gone");
      return;
    }
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const secret = receiver.secrets.get(request.url ?? "");
      let verified: unknown = null;
      try {
        verified = secret ? new Webhook(secret).verify(body, request.headers as Record<string, string>) : null;
      } catch {
        verified = null;
      }
      receiver.received.push({ path: request.url ?? "", headers: request.headers, body, verified });
      response.statusCode = receiver.statuses.shift() ?? 200;
      response.end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  receiver.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  previousAllowList = process.env.SSRF_ALLOWLIST;
  process.env.SSRF_ALLOWLIST = new URL(receiver.base).host;
});

afterAll(async () => {
  // Every event message received matches the schema the OpenAPI document gives it.
  const events = receiver.received.map((entry) => JSON.parse(entry.body) as { type: string });
  for (const message of events.filter((message) => message.type in WEBHOOK_MESSAGE_SCHEMAS))
    WEBHOOK_MESSAGE_SCHEMAS[message.type as keyof typeof WEBHOOK_MESSAGE_SCHEMAS].parse(message);
  expect(new Set(events.map((message) => message.type)).size).toBeGreaterThanOrEqual(7);
  // Nothing of this file is left for later files' workers to send.
  await db.webhookEndpoint.updateMany({
    where: { url: { startsWith: receiver.base } },
    data: { removedAt: new Date() },
  });
  await runDueJobs();
  process.env.SSRF_ALLOWLIST = previousAllowList;
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

let paths = 0;
/** An endpoint of the admin's team on its own receiver path, whose secret the receiver knows. */
async function endpointFor(admin: Member, events: string[]) {
  const path = `/hook-${(paths += 1)}`;
  const created = await createWebhookEndpoint(admin, {
    url: `${receiver.base}${path}`,
    description: "CMS",
    events: events as never,
  });
  receiver.secrets.set(path, created.secret);
  return { ...created, path, received: () => receiver.received.filter((entry) => entry.path === path) };
}

const deliveriesOf = (endpointId: string) =>
  db.webhookDelivery.findMany({ where: { endpointId }, orderBy: { id: "asc" } });

describe("webhook endpoints", () => {
  it("an admin registers one with a secret shown once and stored encrypted, lists and removes it, audited", async () => {
    const { members } = await createTeam(["ADMIN"]);
    const hook = await endpointFor(members.ADMIN, ["claim.published", "claim.published", "article.imported"]);
    expect(hook.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(hook.endpoint.events).toEqual(["claim.published", "article.imported"]);
    const stored = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: hook.endpoint.endpointId } });
    expect(stored.encryptedSecret).not.toContain(hook.secret.slice(6, 20));
    expect(await listWebhookEndpoints(members.ADMIN)).toEqual([hook.endpoint]);

    await removeWebhookEndpoint(members.ADMIN, { endpointId: hook.endpoint.endpointId });
    expect(await listWebhookEndpoints(members.ADMIN)).toEqual([]);
    const events = await auditEventsFor(hook.endpoint.endpointId);
    expect(events.map((event) => event.action)).toEqual(["webhook.create", "webhook.remove"]);
    expect(JSON.stringify(events.map((event) => [event.before, event.after]))).not.toContain(hook.secret.slice(6));
  });

  it("refuses lower roles, another team's endpoints, private addresses, bad input and too many endpoints", async () => {
    const { members } = await createTeam();
    const other = await createTeam(["ADMIN"]);
    const hook = await endpointFor(members.ADMIN, ["claim.approved"]);
    const input = { url: `${receiver.base}/x`, description: "", events: ["claim.approved" as const] };
    for (const role of ["VIEWER", "FACT_CHECKER", "EDITOR"] as const) {
      expect((await refusal(() => createWebhookEndpoint(members[role], input))).code).toBe("FORBIDDEN");
      expect((await refusal(() => listWebhookEndpoints(members[role]))).code).toBe("FORBIDDEN");
      expect((await refusal(() => sendTestWebhook(members[role], hook.endpoint))).code).toBe("FORBIDDEN");
    }
    const outsider = other.members.ADMIN;
    expect((await refusal(() => removeWebhookEndpoint(outsider, hook.endpoint))).code).toBe("NOT_FOUND");
    expect((await refusal(() => sendTestWebhook(outsider, hook.endpoint))).code).toBe("NOT_FOUND");
    expect((await refusal(() => listWebhookDeliveries(outsider, hook.endpoint))).code).toBe("NOT_FOUND");

    for (const url of [
      "http://127.0.0.1:9/",
      "http://localhost/hook",
      "http://10.0.0.8/",
      "http://[::1]/",
      "ftp://x.org/",
    ]) {
      const refused = await refusal(() => createWebhookEndpoint(members.ADMIN, { ...input, url }));
      expect([refused.code, refused.details?.reason], url).toEqual([
        url.startsWith("ftp") ? "VALIDATION" : "BAD_INPUT",
        url.startsWith("ftp") ? undefined : "webhookUrl",
      ]);
    }
    for (const bad of [
      { ...input, events: [] },
      { ...input, events: ["claim.deleted"] },
      { ...input, url: `https://example.org/${"a".repeat(3000)}` },
      { ...input, description: "d".repeat(201) },
    ]) {
      expect((await refusal(() => createWebhookEndpoint(members.ADMIN, bad as never))).code).toBe("VALIDATION");
    }
    for (let i = 1; i < 20; i++)
      await createWebhookEndpoint(members.ADMIN, { ...input, url: `https://example.org/${i}` });
    const limit = await refusal(() => createWebhookEndpoint(members.ADMIN, input));
    expect(limit.details?.reason).toBe("webhookEndpointLimit");
  });
});

describe("delivering webhooks", () => {
  it("signs each workflow event per Standard Webhooks and sends the API's claim resource, once per subscriber", async () => {
    const stages = await setUpClaimStages();
    const hook = await endpointFor(stages.members.ADMIN, ["claim.submitted", "claim.approved", "claim.published"]);
    const quiet = await endpointFor(stages.members.ADMIN, ["article.imported"]);
    const { claim } = await stages.claimAt("PUBLISHED");
    // Another team's events never reach this team's endpoints.
    const elsewhere = await setUpClaimStages();
    await elsewhere.claimAt("APPROVED");

    expect((await deliveriesOf(hook.endpoint.endpointId)).map((row) => row.status)).toEqual([
      "PENDING",
      "PENDING",
      "PENDING",
    ]);
    await runDueJobs();
    const received = hook.received();
    expect(received.map((entry) => JSON.parse(entry.body).type)).toEqual([
      "claim.submitted",
      "claim.approved",
      "claim.published",
    ]);
    for (const entry of received) {
      expect(entry.verified).not.toBeNull();
      expect(entry.headers["webhook-id"]).toMatch(/^msg_[0-9a-f-]{36}$/);
      expect(Math.abs(Number(entry.headers["webhook-timestamp"]) - Date.now() / 1000)).toBeLessThan(60);
      expect(entry.headers["content-type"]).toBe("application/json");
      const data = ZApiClaim.parse(JSON.parse(entry.body).data);
      expect(data.id).toBe(claim.id);
    }
    expect(ZApiClaim.parse(JSON.parse(received[2]!.body).data).status).toBe("PUBLISHED");
    expect(new Set(received.map((entry) => entry.headers["webhook-id"])).size).toBe(3);
    expect(quiet.received()).toEqual([]);
    const rows = await deliveriesOf(hook.endpoint.endpointId);
    expect(rows.map((row) => [row.status, row.attempts, row.responseStatus, row.nextAttemptAt])).toEqual(
      Array(3).fill(["SUCCEEDED", 1, 200, null]),
    );
    expect(rows.every((row) => row.durationMs !== null && row.durationMs >= 0)).toBe(true);
  });

  it("a signature made with another secret, or over another body, does not verify", async () => {
    const { members } = await createTeam(["ADMIN"]);
    const hook = await endpointFor(members.ADMIN, ["article.imported"]);
    receiver.secrets.set(hook.path, "whsec_" + Buffer.alloc(32, 7).toString("base64"));
    await sendTestWebhook(members.ADMIN, hook.endpoint);
    await runDueJobs();
    expect(hook.received()).toHaveLength(1);
    expect(hook.received()[0]!.verified).toBeNull();
    const good = new Webhook(hook.secret);
    const entry = hook.received()[0]!;
    expect(good.verify(entry.body, entry.headers as Record<string, string>)).toMatchObject({ type: "webhook.test" });
    expect(() => good.verify(entry.body.replace("webhook.test", "webhook.tesT"), entry.headers as never)).toThrow();
  });

  it("retries after a 500 on the backoff schedule with the same webhook-id, then succeeds; the log says so", async () => {
    const { members } = await createTeam(["ADMIN"]);
    const hook = await endpointFor(members.ADMIN, ["article.imported"]);
    receiver.statuses.push(500);
    const { articleId } = await importArticle(members.ADMIN, {
      source: "paste",
      text: "The ministry said 12 people were injured in the blast.",
      title: "Blast",
    } as never);
    const startedAt = Date.now();
    await runDueJobs();
    let [row] = await deliveriesOf(hook.endpoint.endpointId);
    expect([row!.status, row!.attempts, row!.responseStatus, row!.errorCode]).toEqual(["PENDING", 1, 500, "HTTP_500"]);
    const wait = row!.nextAttemptAt!.getTime() - startedAt;
    expect(wait).toBeGreaterThanOrEqual(WEBHOOK_RETRY_DELAYS_MS[0] - 1_000);
    expect(wait).toBeLessThan(WEBHOOK_RETRY_DELAYS_MS[1]);
    expect(await runDueJobs()).toBe(0); // not due yet

    await db.job.updateMany({ where: { subjectId: row!.id }, data: { runAfter: new Date(Date.now() - 1_000) } });
    await runDueJobs();
    [row] = await deliveriesOf(hook.endpoint.endpointId);
    expect([row!.status, row!.attempts, row!.responseStatus, row!.errorCode]).toEqual(["SUCCEEDED", 2, 200, null]);
    const [first, second] = hook.received();
    expect(second!.headers["webhook-id"]).toBe(first!.headers["webhook-id"]);
    expect(second!.body).toBe(first!.body);
    const article = ZApiArticleListItem.parse(JSON.parse(second!.body).data);
    expect([article.id, article.title, article.claimCount]).toEqual([articleId, "Blast", 0]);
  });

  it("gives up after the last attempt, and an admin redelivers it by hand under the same webhook-id", async () => {
    const { members } = await createTeam(["ADMIN"]);
    const hook = await endpointFor(members.ADMIN, ["article.imported"]);
    await sendTestWebhook(members.ADMIN, hook.endpoint);
    const [row] = await deliveriesOf(hook.endpoint.endpointId);
    // As if every earlier attempt had failed: this is the last one.
    await db.job.updateMany({ where: { subjectId: row!.id }, data: { attempts: WEBHOOK_RETRY_DELAYS_MS.length } });
    receiver.statuses.push(503);
    await runDueJobs();
    const failed = (await deliveriesOf(hook.endpoint.endpointId))[0]!;
    expect([failed.status, failed.responseStatus, failed.nextAttemptAt]).toEqual(["FAILED", 503, null]);

    const { deliveryId } = await redeliverWebhook(members.ADMIN, { deliveryId: failed.id });
    await runDueJobs();
    const again = await db.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } });
    expect([again.status, again.messageId, again.payload]).toEqual(["SUCCEEDED", failed.messageId, failed.payload]);
    expect(hook.received().map((entry) => entry.headers["webhook-id"])).toEqual([failed.messageId, failed.messageId]);

    const log = await listWebhookDeliveries(members.ADMIN, hook.endpoint);
    expect(log.items.map((item) => [item.deliveryId, item.status])).toEqual([
      [deliveryId, "SUCCEEDED"],
      [failed.id, "FAILED"],
    ]);
    expect(log.next).toBeNull();
    const actions = (await auditEventsFor(hook.endpoint.endpointId)).map((event) => event.action);
    expect(actions).toEqual(["webhook.create", "webhook.test", "webhook.redeliver"]);

    const outsider = (await createTeam(["ADMIN"])).members.ADMIN;
    expect((await refusal(() => redeliverWebhook(outsider, { deliveryId }))).code).toBe("NOT_FOUND");
    await removeWebhookEndpoint(members.ADMIN, hook.endpoint);
    expect((await refusal(() => redeliverWebhook(members.ADMIN, { deliveryId }))).details?.reason).toBe(
      "webhookEndpointRemoved",
    );
  });

  it("refuses a private address at delivery time too, and sends nothing for a removed endpoint", async () => {
    const { members } = await createTeam(["ADMIN"]);
    const hook = await endpointFor(members.ADMIN, ["article.imported"]);
    const removed = await endpointFor(members.ADMIN, ["article.imported"]);
    await sendTestWebhook(members.ADMIN, removed.endpoint);
    await removeWebhookEndpoint(members.ADMIN, removed.endpoint);
    await sendTestWebhook(members.ADMIN, hook.endpoint);
    process.env.SSRF_ALLOWLIST = "";
    try {
      await runDueJobs();
    } finally {
      process.env.SSRF_ALLOWLIST = new URL(receiver.base).host;
    }
    const [refused] = await deliveriesOf(hook.endpoint.endpointId);
    expect([refused!.status, refused!.errorCode, refused!.responseStatus]).toEqual([
      "PENDING",
      "FORBIDDEN_ADDRESS",
      null,
    ]);
    const [dropped] = await deliveriesOf(removed.endpoint.endpointId);
    expect([dropped!.status, dropped!.errorCode]).toEqual(["FAILED", "ENDPOINT_REMOVED"]);
    expect([...hook.received(), ...removed.received()]).toEqual([]);
  });

  it("announces a cited source whose page changed, then went, once each, with the API's source resource", async () => {
    const stages = await setUpClaimStages();
    const admin = stages.members.ADMIN;
    const hook = await endpointFor(admin, ["source.changed", "source.gone"]);
    const path = `/page-${hook.path.slice(1)}`;
    const serve = (status: number, text: string) =>
      receiver.pages.set(path, {
        status,
        html: `<!doctype html><html lang="en"><head><title>Statement</title></head><body><article><h1>Statement</h1><p>${text.repeat(6)}</p></article></body></html>`,
      });
    serve(200, "The ministry said 12 people were injured in the blast on Tuesday. ");
    const { source } = await createSource(
      stages.members.FACT_CHECKER,
      ZCreateSourceInput.parse({ kind: "NEWS_REPORT", url: `${receiver.base}${path}` }),
    );
    await runDueJobs();
    await attachEvidence(stages.members.FACT_CHECKER, {
      claimId: (await stages.span(0, 20)).id,
      sourceId: source.id,
      stance: "SUPPORTS",
      passage: null,
      credibility: null,
      note: null,
    });
    const capture = async () => {
      await requestCapture(stages.members.FACT_CHECKER, { sourceId: source.id });
      await runDueJobs();
    };
    await capture(); // the same page: nothing to say
    expect(hook.received()).toEqual([]);
    serve(200, "The ministry said 2 people were injured in the blast on Tuesday. ");
    await capture();
    await capture(); // still changed: said once
    receiver.pages.delete(path);
    await capture();
    await capture(); // still gone: said once
    const types = hook.received().map((entry) => JSON.parse(entry.body).type);
    expect(types).toEqual(["source.changed", "source.gone"]);
    const [changed, gone] = hook.received().map((entry) => ZApiSourceFull.parse(JSON.parse(entry.body).data));
    expect([changed!.id, changed!.capture.health]).toEqual([source.id, "CHANGED"]);
    expect([gone!.id, gone!.capture.health, gone!.capture.httpStatus]).toEqual([source.id, "GONE", 404]);
  });

  it("announces a finished report export as the API's ExportJob, with its file link", async () => {
    const stages = await setUpClaimStages();
    const hook = await endpointFor(stages.members.ADMIN, ["export.finished"]);
    const job = await requestReportExport(stages.members.EDITOR, { articleId: stages.article.id, format: "csv" });
    expect(hook.received()).toEqual([]);
    await runDueJobs();
    const [entry] = hook.received();
    expect(entry!.verified).toMatchObject({ type: "export.finished" });
    const data = ZApiExportJob.parse(JSON.parse(entry!.body).data);
    expect(data).toMatchObject({ id: job.jobId, format: "csv", status: "SUCCEEDED" });
    expect(data.links.file).toBe(`/api/v1/exports/${job.jobId}/file`);
  });

  it("runs deliveries in a lane of their own: a pass over webhook jobs leaves other work to its own lane", async () => {
    const stages = await setUpClaimStages();
    const hook = await endpointFor(stages.members.ADMIN, ["export.finished"]);
    await sendTestWebhook(stages.members.ADMIN, hook.endpoint);
    const job = await requestReportExport(stages.members.EDITOR, { articleId: stages.article.id, format: "md" });
    expect(await runDueJobs({ kinds: ["webhook.deliver"] })).toBeGreaterThanOrEqual(1);
    expect(hook.received().map((entry) => JSON.parse(entry.body).type)).toEqual(["webhook.test"]);
    expect((await db.job.findUniqueOrThrow({ where: { id: job.jobId } })).status).toBe("QUEUED");
    await runDueJobs();
    expect(hook.received().map((entry) => JSON.parse(entry.body).type)).toEqual(["webhook.test", "export.finished"]);
  });
});
