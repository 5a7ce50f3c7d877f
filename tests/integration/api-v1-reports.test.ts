import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { ZReport } from "@/lib/domain/reports/report-model";
import { CSV_HEAD } from "@/lib/export/csv";
import { API_ENDPOINTS } from "@/lib/server/api/endpoints";
import { runDueJobs } from "@/lib/server/jobs/job-worker";
import { createReportLink, revokeReportLink } from "@/lib/server/reports/report-links";
import { verifyUploadedReport } from "@/lib/server/reports/verify-report";
import { api, document, exercised, tokenFor, type Call } from "./api-v1-client";
import { createTeam } from "./support";

const ARTICLE_002 = readFileSync(
  path.join(import.meta.dirname, "..", "fixtures", "articles", "002_494f5185cd61c60b.txt"),
  "utf8",
);
const QUOTE = "وردت معلومات عن سقوط عدد من القتلى والجرحى";
const UNKNOWN_ID = "0190c3c4-0000-7000-8000-000000000000";
/** A heading of the Markdown report, in each language: the export speaks the one asked for. */
const SCALE_TITLE = Object.fromEntries(
  (["en", "ar"] as const).map((locale) => [
    locale,
    (
      JSON.parse(readFileSync(path.join(import.meta.dirname, "..", "..", "messages", `${locale}.json`), "utf8")) as {
        reportDocument: { scaleTitle: string };
      }
    ).reportDocument.scaleTitle,
  ]),
) as Record<"en" | "ar", string>;

let team: Awaited<ReturnType<typeof createTeam>>;
let tokens: Record<Role, { token: string; tokenId: string }>;
let stranger: string;
let strangerTeamId: string;
let articleId: string;
let claimId: string;

beforeAll(async () => {
  team = await createTeam(["ADMIN", "EDITOR", "FACT_CHECKER", "VIEWER"]);
  const made = async (role: Role) => {
    const { token, apiToken } = await tokenFor(team.members.ADMIN, role);
    return { token, tokenId: apiToken.tokenId };
  };
  tokens = {
    ADMIN: await made("ADMIN"),
    EDITOR: await made("EDITOR"),
    FACT_CHECKER: await made("FACT_CHECKER"),
    VIEWER: await made("VIEWER"),
  };
  const other = await createTeam(["ADMIN"]);
  stranger = (await tokenFor(other.members.ADMIN, "ADMIN")).token;
  strangerTeamId = other.team.id;
  const article = await api(tokens.FACT_CHECKER.token, "POST", "/articles", {
    source: "paste",
    title: `Exported ${team.tag}`,
    text: ARTICLE_002,
    allowDuplicate: true,
  });
  articleId = article.body.id as string;
  const claim = await api(tokens.FACT_CHECKER.token, "POST", "/claims", {
    articleId,
    quote: QUOTE,
    details: { type: "CASUALTY_REPORT", casualty: {} },
  });
  claimId = claim.body.id as string;
});

const editor = () => tokens.EDITOR.token;

/** Starts an export as the editor and runs the job queue (the real worker) until it is done. */
async function exported(format: string, locale?: string): Promise<{ job: Call; file: Call }> {
  const started = await api(editor(), "POST", `/articles/${articleId}/exports`, { format, locale });
  expect(started.status).toBe(202);
  await runDueJobs();
  const job = await api(editor(), "GET", `/exports/${started.body.id}`);
  expect(job.body).toMatchObject({ status: "SUCCEEDED", progress: 100, format });
  const file = await api(editor(), "GET", `/exports/${job.body.id}/file`);
  expect(file.status).toBe(200);
  return { job, file };
}

function exportJobsOf(teamId: string) {
  return db.job.count({ where: { teamId, kind: "report.export" } });
}

describe("report exports through /api/v1", () => {
  it("starts, polls and downloads a signed JSON report that verifies and is the article's", async () => {
    const started = await api(editor(), "POST", `/articles/${articleId}/exports`, { format: "json" });
    expect(started.status).toBe(202);
    const jobId = started.body.id as string;
    expect(started.body).toEqual({
      id: jobId,
      format: "json",
      status: "QUEUED",
      progress: 0,
      stage: null,
      errorCode: null,
      fileName: null,
      links: { self: `/api/v1/exports/${jobId}`, file: null },
    });

    // Not finished yet: a conflict that says so, not a 404.
    const early = await api(editor(), "GET", `/exports/${jobId}/file`);
    expect(early.status).toBe(409);
    expect(early.headers.get("content-type")).toBe("application/problem+json");
    expect(early.body).toMatchObject({ code: "CONFLICT", reason: "exportNotFinished" });

    await runDueJobs();
    const done = await api(editor(), "GET", `/exports/${jobId}`);
    expect(done.body).toMatchObject({
      status: "SUCCEEDED",
      progress: 100,
      errorCode: null,
      fileName: expect.stringMatching(/^claim-report-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.json$/),
      links: { self: `/api/v1/exports/${jobId}`, file: `/api/v1/exports/${jobId}/file` },
    });

    const file = await api(editor(), "GET", `/exports/${jobId}/file`);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(file.headers.get("content-disposition")).toBe(
      `attachment; filename="${done.body.fileName}"; filename*=UTF-8''${done.body.fileName}`,
    );
    expect(file.headers.get("cache-control")).toBe("private, no-store");
    expect(file.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Number(file.headers.get("ratelimit-limit"))).toBeGreaterThan(0);

    const text = file.bytes.toString("utf8");
    expect(await verifyUploadedReport(text)).toMatchObject({
      ok: true,
      trust: "published",
      team: { id: team.team.id },
      claims: 1,
    });
    const report = ZReport.parse(JSON.parse(text).report);
    expect(report.articles).toHaveLength(1);
    expect(report.articles[0]).toMatchObject({ id: articleId, title: `Exported ${team.tag}` });
    expect(report.claims.map((claim) => claim.id)).toEqual([claimId]);
  });

  it("sends each format with its own media type, in the language asked for", async () => {
    const csv = await exported("csv");
    expect(csv.file.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.file.headers.get("content-disposition")).toMatch(/^attachment; filename="claim-report-.*\.csv"/);
    const csvText = csv.file.bytes.toString("utf8");
    expect(csvText.startsWith(CSV_HEAD)).toBe(true);
    expect(csvText).toContain(claimId);

    const html = await exported("html");
    expect(html.file.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(html.file.headers.get("content-disposition")).toMatch(/^attachment; /);
    expect(html.file.bytes.toString("utf8")).toContain(`Exported ${team.tag}`);

    // Binary bytes arrive exactly as stored.
    const pdf = await exported("pdf");
    expect(pdf.file.headers.get("content-type")).toBe("application/pdf");
    expect(pdf.file.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const stored = await db.reportFile.findUniqueOrThrow({ where: { jobId: pdf.job.body.id as string } });
    expect(pdf.file.bytes.equals(Buffer.from(stored.bytes))).toBe(true);

    const english = (await exported("md")).file;
    const arabic = (await exported("md", "ar")).file;
    expect(arabic.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(english.bytes.toString("utf8")).toContain(`## ${SCALE_TITLE.en}`);
    expect(arabic.bytes.toString("utf8")).toContain(`## ${SCALE_TITLE.ar}`);
    expect(arabic.bytes.toString("utf8")).not.toContain(SCALE_TITLE.en);
  });

  it("refuses ClaimReview before queueing when the article has no public link", async () => {
    const refused = await api(editor(), "POST", `/articles/${articleId}/exports`, { format: "claimreview" });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ code: "BAD_INPUT", reason: "noPublicLink" });
  });

  it("reports an export that failed, and answers its file with a conflict", async () => {
    // ClaimReview needs a public link: it is withdrawn after the export was asked for, so every attempt fails.
    const link = await createReportLink(team.members.EDITOR, { articleId });
    const started = await api(editor(), "POST", `/articles/${articleId}/exports`, { format: "claimreview" });
    await revokeReportLink(team.members.EDITOR, { linkId: link.id });
    const jobId = started.body.id as string;
    await runDueJobs();
    const retrying = await api(editor(), "GET", `/exports/${jobId}`);
    expect(retrying.body).toMatchObject({ status: "QUEUED", errorCode: "UNEXPECTED" });
    expect((await api(editor(), "GET", `/exports/${jobId}/file`)).body).toMatchObject({
      code: "CONFLICT",
      reason: "exportNotFinished",
    });
    // The retry is due at once instead of after its back-off: the worker takes it now.
    await db.job.update({ where: { id: jobId }, data: { runAfter: new Date(Date.now() - 1_000) } });
    await runDueJobs();
    const failed = await api(editor(), "GET", `/exports/${jobId}`);
    expect(failed.body).toMatchObject({ status: "FAILED", errorCode: "UNEXPECTED", fileName: null });
    expect((failed.body.links as { file: unknown }).file).toBeNull();
    const refused = await api(editor(), "GET", `/exports/${jobId}/file`);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: "CONFLICT", reason: "exportFailed" });
  });

  it("exports any set of claims: a search with its filters, titled by what was selected", async () => {
    const started = await api(editor(), "POST", "/exports", {
      set: { kind: "search", search: { q: "", type: "CASUALTY_REPORT" } },
      format: "json",
    });
    expect(started.status).toBe(202);
    await runDueJobs();
    const file = await api(editor(), "GET", `/exports/${started.body.id as string}/file`);
    const report = ZReport.parse(JSON.parse(file.bytes.toString("utf8")).report);
    expect(report.scope).toMatchObject({ kind: "search", filters: { type: "CASUALTY_REPORT" } });
    expect(report.claims.map((claim) => claim.id)).toEqual([claimId]);
    // Another team's token names this team's article: not found, nothing queued.
    const refused = await api(stranger, "POST", "/exports", {
      set: { kind: "article", articleId },
      format: "csv",
    });
    expect(refused.status).toBe(404);
    const malformed = await api(editor(), "POST", "/exports", { set: { kind: "case" }, format: "csv" });
    expect(malformed.status).toBe(400);
  });

  it("records the export in the audit log under the token that asked for it", async () => {
    const started = await api(tokens.ADMIN.token, "POST", `/articles/${articleId}/exports`, { format: "csv" });
    expect(started.status).toBe(202);
    const events = await db.auditEvent.findMany({
      where: { entityId: articleId, action: "report.export", tokenId: tokens.ADMIN.tokenId },
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: team.members.ADMIN.userId, teamId: team.team.id });
    expect(events[0]!.after).toMatchObject({ format: "csv", jobId: started.body.id });
  });
});

describe("who may export, and whose exports they see", () => {
  it("refuses roles without report.export, even for an export that exists", async () => {
    const { job } = await exported("csv");
    const before = await exportJobsOf(team.team.id);
    for (const role of ["VIEWER", "FACT_CHECKER"] as const) {
      const token = tokens[role].token;
      for (const [method, target, body] of [
        ["POST", `/articles/${articleId}/exports`, { format: "json" }],
        ["GET", `/exports/${job.body.id}`, undefined],
        ["GET", `/exports/${job.body.id}/file`, undefined],
      ] as const) {
        const answer = await api(token, method, target, body);
        expect(answer.status, `${role} ${method} ${target}`).toBe(403);
        expect(answer.body.code).toBe("FORBIDDEN");
        expect(answer.bytes.toString("utf8")).not.toContain(claimId);
      }
    }
    expect(await exportJobsOf(team.team.id)).toBe(before);
  });

  it("never shows one team's export to another team's token, nor lets it export the team's article", async () => {
    const { job } = await exported("json");
    const strangerJobsBefore = await exportJobsOf(strangerTeamId);
    for (const [method, target, body] of [
      ["POST", `/articles/${articleId}/exports`, { format: "json" }],
      ["GET", `/exports/${job.body.id}`, undefined],
      ["GET", `/exports/${job.body.id}/file`, undefined],
      ["GET", `/exports/${UNKNOWN_ID}`, undefined],
      ["GET", `/exports/${UNKNOWN_ID}/file`, undefined],
      ["POST", `/articles/${UNKNOWN_ID}/exports`, { format: "json" }],
    ] as const) {
      const answer = await api(stranger, method, target, body);
      expect(answer.status, `${method} ${target}`).toBe(404);
      expect(answer.body.code).toBe("NOT_FOUND");
      expect(answer.bytes.toString("utf8")).not.toContain(claimId);
    }
    expect(await exportJobsOf(strangerTeamId)).toBe(strangerJobsBefore);
    // Unknown ids answer the same in the team itself: an unfinished export is the only 409.
    expect((await api(editor(), "GET", `/exports/${UNKNOWN_ID}/file`)).status).toBe(404);
  });

  it("does not serve another kind of job as an export", async () => {
    const source = await api(tokens.FACT_CHECKER.token, "POST", "/sources", {
      title: "A web source",
      kind: "NEWS_REPORT",
      url: `https://example.org/export-test-${team.tag}`,
    });
    const capture = await db.job.findFirstOrThrow({
      where: { teamId: team.team.id, subjectId: (source.body.source as { id: string }).id },
    });
    expect(capture.kind).not.toBe("report.export");
    expect((await api(editor(), "GET", `/exports/${capture.id}`)).status).toBe(404);
    expect((await api(editor(), "GET", `/exports/${capture.id}/file`)).status).toBe(404);
  });
});

describe("what the export endpoints refuse", () => {
  it("answers ids that are not uuids with a validation problem, and reaches no use case", async () => {
    for (const [method, target, field] of [
      ["GET", "/exports/not-a-uuid", "path.jobId"],
      ["GET", `/exports/${encodeURIComponent("' OR 1=1 --")}/file`, "path.jobId"],
      ["GET", `/exports/${encodeURIComponent("../../etc/passwd")}/file`, "path.jobId"],
      ["GET", `/exports/${UNKNOWN_ID}0`, "path.jobId"],
      ["POST", `/articles/${encodeURIComponent("..\\..\\x")}/exports`, "path.articleId"],
      ["POST", "/articles/%00/exports", "path.articleId"],
    ] as const) {
      const answer = await api(editor(), method, target, method === "POST" ? { format: "json" } : undefined);
      expect(answer.status, target).toBe(400);
      expect(answer.body).toMatchObject({ code: "VALIDATION", errors: [{ path: field }] });
    }
  });

  it("refuses unknown and stale formats and languages, and queues nothing", async () => {
    const before = await exportJobsOf(team.team.id);
    for (const [body, field] of [
      [{ format: "docx" }, "body.format"],
      [{ format: "markdown" }, "body.format"],
      [{ format: "JSON" }, "body.format"],
      [{ format: ["json"] }, "body.format"],
      [{}, "body.format"],
      [{ format: "json", locale: "fr" }, "body.locale"],
      [{ format: "x".repeat(100_000) }, "body.format"],
    ] as const) {
      const answer = await api(editor(), "POST", `/articles/${articleId}/exports`, body);
      expect(answer.status, JSON.stringify(body).slice(0, 60)).toBe(400);
      expect(answer.body).toMatchObject({ code: "VALIDATION", errors: [{ path: field }] });
    }
    const notJson = await api(editor(), "POST", `/articles/${articleId}/exports`, "format=json", {
      "content-type": "application/x-www-form-urlencoded",
    });
    expect(notJson.status).toBe(415);
    expect(await exportJobsOf(team.team.id)).toBe(before);
  });

  it("documents the download with every format's media type, as a binary string", () => {
    const download = (document.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>)[
      "/exports/{jobId}/file"
    ]!.get!.responses["200"] as { content: Record<string, { schema: object }>; headers: Record<string, unknown> };
    expect(Object.keys(download.content).sort()).toEqual(
      ["application/json", "application/ld+json", "application/pdf", "text/csv", "text/html", "text/markdown"].sort(),
    );
    expect(download.content["application/pdf"]!.schema).toEqual({
      type: "string",
      format: "binary",
      contentMediaType: "application/pdf",
    });
    expect(download.headers["Content-Disposition"]).toBeDefined();
    // Each report endpoint answered with success here, checked against the document.
    expect([...exercised].filter((key) => /exports/.test(key)).sort()).toEqual(
      API_ENDPOINTS.filter((endpoint) => endpoint.path.includes("exports"))
        .map((endpoint) => `${endpoint.method} ${endpoint.path}`)
        .sort(),
    );
  });
});
