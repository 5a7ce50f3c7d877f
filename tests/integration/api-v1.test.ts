import { readFileSync } from "node:fs";
import path from "node:path";
import { validate } from "@readme/openapi-parser";
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/lib/auth/permissions";
import { verifyReportText } from "@/lib/domain/reports/integrity";
import { db } from "@/lib/db";
import { API_ENDPOINTS } from "@/lib/server/api/endpoints";
import { MAX_BODY_BYTES, serveApi } from "@/lib/server/api/serve-api";
import { revokeApiToken } from "@/lib/server/api-tokens/revoke-api-token";
import { runDueJobs } from "@/lib/server/jobs/job-worker";
import { api, document, exercised, tokenFor, type Call } from "./api-v1-client";
import { createTeam } from "./support";

const FIXTURES = path.join(import.meta.dirname, "..", "fixtures", "articles");
const ARTICLE_002 = readFileSync(path.join(FIXTURES, "002_494f5185cd61c60b.txt"), "utf8");
const QUOTE = "وردت معلومات عن سقوط عدد من القتلى والجرحى";

let team: Awaited<ReturnType<typeof createTeam>>;
let tokens: Record<Role, string>;
let stranger: string;

beforeAll(async () => {
  team = await createTeam(["ADMIN", "EDITOR", "FACT_CHECKER", "VIEWER"]);
  const admin = team.members.ADMIN;
  tokens = {
    ADMIN: (await tokenFor(admin, "ADMIN")).token,
    EDITOR: (await tokenFor(admin, "EDITOR")).token,
    FACT_CHECKER: (await tokenFor(admin, "FACT_CHECKER")).token,
    VIEWER: (await tokenFor(admin, "VIEWER")).token,
  };
  const other = await createTeam(["ADMIN"]);
  stranger = (await tokenFor(other.members.ADMIN, "ADMIN")).token;
});

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document covering every endpoint", async () => {
    await expect(validate(structuredClone(document) as never)).resolves.toMatchObject({ valid: true });
    const paths = document.paths as Record<string, Record<string, unknown>>;
    for (const endpoint of API_ENDPOINTS) expect(paths[endpoint.path]?.[endpoint.method.toLowerCase()]).toBeDefined();
  });
});

describe("/api/v1 walked end to end with a fact-checker's token", () => {
  it("imports, claims, edits, submits, reads back, lists with pages, searches — each answer as documented", async () => {
    const fc = tokens.FACT_CHECKER;
    const imported = await api(fc, "POST", "/articles", {
      source: "paste",
      title: "Harem operation",
      text: ARTICLE_002,
    });
    expect(imported.status).toBe(201);
    const articleId = imported.body.id as string;
    expect((await api(fc, "GET", `/articles/${articleId}`)).body.title).toBe("Harem operation");
    expect((await api(fc, "GET", "/articles")).body.items!.map((item) => item.id)).toContain(articleId);
    // The team's tags (none yet; tests/integration/api-v1-tags.test.ts puts some on claims and articles).
    expect((await api(fc, "GET", "/tags")).body.items).toEqual([]);

    // From the words it quotes, and from offsets.
    const fromQuote = await api(fc, "POST", "/claims", {
      articleId,
      quote: QUOTE,
      details: { type: "CASUALTY_REPORT", casualty: {} },
    });
    expect(fromQuote.status).toBe(201);
    const claim = fromQuote.body as { id: string; version: number; quote: { exact: string; start: number } };
    expect(claim.quote.exact).toBe(QUOTE);
    const revisionId = (imported.body.revision as { id: string }).id;
    const fromOffsets = await api(fc, "POST", "/claims", {
      articleId,
      revisionId,
      start: 0,
      end: 20,
      details: { type: "STATEMENT" },
    });
    expect(fromOffsets.status).toBe(201);
    const notThere = await api(fc, "POST", "/claims", {
      articleId,
      quote: "لم يرد هذا في المقال",
      details: { type: "OTHER" },
    });
    expect(notThere.status).toBe(400);
    expect(notThere.body).toMatchObject({ code: "BAD_INPUT", reason: "quoteNotFound" });

    const edited = await api(fc, "PATCH", `/claims/${claim.id}`, {
      version: claim.version,
      statement: "Casualties reported in the Harem operation",
      details: { type: "CASUALTY_REPORT", casualty: { killed: { min: 1, max: null } } },
    });
    expect(edited.status).toBe(200);
    expect(edited.body.version).toBe(claim.version + 1);
    // The version read before that edit is stale: 409 with the claim as it is now.
    const stale = await api(fc, "PATCH", `/claims/${claim.id}`, {
      version: claim.version,
      statement: "Overwriting",
      details: { type: "OTHER" },
    });
    expect(stale.status).toBe(409);
    expect(stale.headers.get("content-type")).toBe("application/problem+json");
    expect(stale.body).toMatchObject({ code: "STALE_VERSION", current: { id: claim.id, version: claim.version + 1 } });

    const started = await api(fc, "POST", `/claims/${claim.id}/transitions`, {
      version: claim.version + 1,
      action: "start",
    });
    expect(started.body.status).toBe("IN_PROGRESS");

    const detail = await api(fc, "GET", `/claims/${claim.id}`);
    expect(detail.body).toMatchObject({ claim: { id: claim.id, status: "IN_PROGRESS" }, evidence: [] });
    const history = await api(fc, "GET", `/claims/${claim.id}/history`);
    expect(history.body.items!.length).toBeGreaterThanOrEqual(3);
    expect((await api(fc, "GET", `/claims/${claim.id}/similar`)).status).toBe(200);

    // Pages without gaps or repeats, filters kept.
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Call = await api(
        fc,
        "GET",
        `/claims?articleId=${articleId}&limit=1${cursor ? `&cursor=${cursor}` : ""}`,
      );
      seen.push(...page.body.items!.map((item) => item.id as string));
      cursor = page.body.next as string | null;
    } while (cursor);
    expect(new Set(seen)).toEqual(new Set([claim.id, fromOffsets.body.id]));
    expect(seen).toHaveLength(2);
    const filtered = await api(fc, "GET", `/claims?articleId=${articleId}&type=CASUALTY_REPORT`);
    expect(filtered.body.items!.map((item) => item.id)).toEqual([claim.id]);

    const entity = await api(fc, "POST", "/entities", {
      name: "Ghassan Bakir",
      arabicName: "غسان باكير",
      kind: "PERSON",
      aliases: ["العميد غسان باكير"],
      sameAs: [],
    });
    expect(entity.status).toBe(201);
    expect((await api(fc, "GET", "/entities?query=باكير")).body.items!.map((item) => item.id)).toEqual([
      entity.body.id,
    ]);
    const found = await api(fc, "GET", `/search?q=${encodeURIComponent("القتلى")}`);
    expect((found.body.claims as { id: string }[]).map((hit) => hit.id)).toContain(claim.id);

    const source = await api(fc, "POST", "/sources", {
      title: "SOHR casualty report",
      kind: "NEWS_REPORT",
      url: `https://example.org/sohr-${Date.now()}`,
    });
    expect(source.status).toBe(201);
    const sourceId = (source.body.source as { id: string }).id;
    expect((await api(fc, "POST", `/sources/${sourceId}/captures`)).status).toBe(202);
    const cited = await api(fc, "POST", `/claims/${claim.id}/evidence`, { sourceId, stance: "SUPPORTS" });
    expect(cited.status).toBe(201);
    const regraded = await api(fc, "PATCH", `/evidence/${cited.body.id}`, {
      version: cited.body.version,
      stance: "CONTEXT",
    });
    expect(regraded.body.stance).toBe("CONTEXT");
    const staleRemove = await api(fc, "DELETE", `/evidence/${cited.body.id}?version=${cited.body.version}`);
    expect(staleRemove.body).toMatchObject({ code: "STALE_VERSION", current: { stance: "CONTEXT" } });
    const sourceDetail = await api(fc, "GET", `/sources/${sourceId}`);
    expect(sourceDetail.body.citations).toEqual([{ evidenceId: cited.body.id, claimId: claim.id, stance: "CONTEXT" }]);
    expect((await api(fc, "GET", "/sources?q=SOHR")).body.items!.map((item) => item.id)).toContain(sourceId);
    const removed = await api(fc, "DELETE", `/evidence/${cited.body.id}?version=${regraded.body.version}`);
    expect(removed.body).toEqual({ evidenceId: cited.body.id, claimId: claim.id });

    const revised = await api(fc, "POST", `/articles/${articleId}/revisions`, { text: `${ARTICLE_002}\nتحديث.` });
    expect(revised.status).toBe(201);
    expect(revised.body).toMatchObject({ number: 2 });

    // Exporting the report is an editor's: start, poll, run the worker, download.
    const editor = tokens.EDITOR;
    const exportStarted = await api(editor, "POST", `/articles/${articleId}/exports`, { format: "json" });
    expect(exportStarted.status).toBe(202);
    expect((await api(editor, "GET", `/exports/${exportStarted.body.id}`)).body.status).toBe("QUEUED");
    await runDueJobs();
    const done = await api(editor, "GET", `/exports/${exportStarted.body.id}`);
    expect(done.body).toMatchObject({ status: "SUCCEEDED", progress: 100 });
    const file = await api(editor, "GET", (done.body.links as { file: string }).file.slice("/api/v1".length));
    expect(verifyReportText(file.bytes.toString("utf8"))).toMatchObject({ ok: true, claims: 2 });
    // And a report of any set: this article's claims, asked for as a set.
    const setStarted = await api(editor, "POST", "/exports", { set: { kind: "article", articleId }, format: "csv" });
    expect(setStarted.status).toBe(202);

    // Every endpoint answered at least once with success, checked against the document.
    expect([...exercised].sort()).toEqual(
      API_ENDPOINTS.map((endpoint) => `${endpoint.method} ${endpoint.path}`).sort(),
    );
  });
});

describe("who may call what", () => {
  it("answers 401 without a valid token, and after the token is revoked", async () => {
    for (const authorization of [null, "Bearer nope", "Basic abc", `Bearer ${"x".repeat(100_000)}`]) {
      const response = await serveApi(
        new Request("http://127.0.0.1/api/v1/claims", { headers: authorization ? { authorization } : {} }),
        "/claims",
      );
      expect(response.status).toBe(401);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
    }
    const made = await tokenFor(team.members.ADMIN, "VIEWER", "short-lived");
    expect((await api(made.token, "GET", "/claims")).status).toBe(200);
    await revokeApiToken(team.members.ADMIN, { tokenId: made.apiToken.tokenId });
    expect((await api(made.token, "GET", "/claims")).status).toBe(401);
  });

  it("keeps each role to the permission table", async () => {
    const { body: article } = await api(tokens.FACT_CHECKER, "POST", "/articles", {
      source: "paste",
      title: `Roles ${Date.now()}`,
      text: ARTICLE_002,
      allowDuplicate: true,
    });
    const create = { articleId: article.id, quote: QUOTE, details: { type: "OTHER" } };
    const refused = await api(tokens.VIEWER, "POST", "/claims", create);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe("FORBIDDEN");
    const { body: claim } = await api(tokens.FACT_CHECKER, "POST", "/claims", create);
    const submitted = await api(tokens.FACT_CHECKER, "POST", `/claims/${claim.id}/transitions`, {
      version: claim.version,
      action: "submit",
    });
    // Submitting needs a verdict first; either way a fact-checker may not approve.
    const version = submitted.status === 200 ? (submitted.body.version as number) : (claim.version as number);
    const approve = await api(tokens.FACT_CHECKER, "POST", `/claims/${claim.id}/transitions`, {
      version,
      action: "approve",
    });
    expect([403, 409]).toContain(approve.status);
    expect(approve.body.code).not.toBe("UNEXPECTED");
  });

  it("never shows one team's data to another team's token, by list or by guessing ids", async () => {
    const { body: article } = await api(tokens.FACT_CHECKER, "POST", "/articles", {
      source: "paste",
      title: `Isolation ${Date.now()}`,
      text: ARTICLE_002,
      allowDuplicate: true,
    });
    const { body: claim } = await api(tokens.FACT_CHECKER, "POST", "/claims", {
      articleId: article.id,
      quote: QUOTE,
      details: { type: "OTHER" },
    });
    for (const [method, target, body] of [
      ["GET", `/articles/${article.id}`, undefined],
      ["GET", `/claims/${claim.id}`, undefined],
      ["GET", `/claims/${claim.id}/history`, undefined],
      ["GET", `/claims/${claim.id}/similar`, undefined],
      ["PATCH", `/claims/${claim.id}`, { version: claim.version, statement: "x", details: { type: "OTHER" } }],
      ["POST", `/claims/${claim.id}/transitions`, { version: claim.version, action: "start" }],
      ["POST", `/articles/${article.id}/revisions`, { text: "x" }],
      ["POST", "/claims", { articleId: article.id, quote: QUOTE, details: { type: "OTHER" } }],
    ] as const) {
      const answer = await api(stranger, method, target, body);
      expect(answer.status, `${method} ${target}`).toBe(404);
    }
    expect((await api(stranger, "GET", "/claims")).body.items!.map((item) => item.id)).not.toContain(claim.id);
    expect((await api(stranger, "GET", "/articles")).body.items!.map((item) => item.id)).not.toContain(article.id);
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id as string } })).version).toBe(claim.version);
  });
});

describe("what the API refuses, and how it says so", () => {
  it("answers bad input with a problem that names the fields, and loses nothing", async () => {
    const bad = await api(tokens.FACT_CHECKER, "GET", "/claims/not-a-uuid");
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: "VALIDATION", errors: [{ path: "path.claimId" }] });
    const badQuery = await api(tokens.FACT_CHECKER, "GET", "/claims?limit=100000&type=NOPE");
    expect((badQuery.body.errors as { path: string }[]).map((error) => error.path).sort()).toEqual([
      "query.limit",
      "query.type",
    ]);
    const notJson = await api(tokens.FACT_CHECKER, "POST", "/entities", "{not json");
    expect(notJson.body).toMatchObject({ code: "VALIDATION", errors: [{ path: "body" }] });
    const wrongType = await api(tokens.FACT_CHECKER, "POST", "/entities", "name=x", { "content-type": "text/plain" });
    expect(wrongType.status).toBe(415);
    const huge = await api(tokens.FACT_CHECKER, "POST", "/entities", { name: "x".repeat(MAX_BODY_BYTES) });
    expect(huge.status).toBe(400);
    expect(huge.body.errors).toEqual([{ path: "body", message: expect.stringContaining("Larger than") }]);
    const teamEntities = await db.entity.count({ where: { teamId: team.team.id, name: { startsWith: "xxx" } } });
    expect(teamEntities).toBe(0);
  });

  it("answers unknown paths 404 and other methods 405 with Allow", async () => {
    expect((await api(tokens.VIEWER, "GET", "/nothing-here")).status).toBe(404);
    const wrongMethod = await api(tokens.VIEWER, "DELETE", "/articles");
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get("allow")).toBe("GET, POST");
  });

  it("counts each call against the token's rate limit, in headers", async () => {
    const first = await api(tokens.VIEWER, "GET", "/entities");
    const second = await api(tokens.VIEWER, "GET", "/entities");
    expect(Number(first.headers.get("ratelimit-limit"))).toBeGreaterThan(0);
    expect(Number(second.headers.get("ratelimit-remaining"))).toBe(
      Number(first.headers.get("ratelimit-remaining")) - 1,
    );
    expect(Number(second.headers.get("ratelimit-reset"))).toBeGreaterThan(0);
  });

  it("records changes made through a token under that token", async () => {
    const made = await tokenFor(team.members.ADMIN, "FACT_CHECKER", "audited");
    const entity = await api(made.token, "POST", "/entities", {
      name: `Audited ${Date.now()}`,
      arabicName: null,
      kind: "ORGANIZATION",
      aliases: [],
      sameAs: [],
    });
    expect(entity.status).toBe(201);
    const events = await db.auditEvent.findMany({ where: { entityId: entity.body.id as string } });
    expect(events.map((event) => event.tokenId)).toEqual([made.apiToken.tokenId]);
    expect(events[0]!.actorId).toBe(team.members.ADMIN.userId);
  });
});
