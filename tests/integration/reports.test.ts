import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyReportText } from "@/lib/domain/reports/integrity";
import { compareReadingOrder, ZReport } from "@/lib/domain/reports/report-model";
import { importArticle } from "@/lib/server/articles/import-article";
import { REPORT_PAGE_SIZE } from "@/lib/server/reports/load-report-input";
import { createClaim } from "@/lib/server/claims/create-claim";
import { rateClaim } from "@/lib/server/claims/rate-claim";
import { transitionClaim } from "@/lib/server/claims/transition-claim";
import { listRatingScale } from "@/lib/server/ratings/list-rating-scale";
import { runDueJobs } from "@/lib/server/jobs/job-worker";
import { getExportJob, readExportFile, requestReportExport } from "@/lib/server/reports/background-export";
import { exportArticleReport, REPORT_FORMATS } from "@/lib/server/reports/export-report";
import { listPublicKeys } from "@/lib/server/reports/list-public-keys";
import { createReportLink } from "@/lib/server/reports/report-links";
import { createTeam } from "./support";
import { loadMember } from "@/lib/server/users/load-member";
import { DEMO_TEAM_SLUG, seedDemoData } from "@/prisma/seed";

const QUOTE = "وردت معلومات عن سقوط عدد من القتلى والجرحى";

/** The seeded demo team with reference article 002 and one published, rated claim in it. */
async function seededArticleWithPublishedClaim() {
  await seedDemoData(db, { password: "integration-password" });
  const team = await db.team.findUniqueOrThrow({ where: { slug: DEMO_TEAM_SLUG } });
  const memberFor = async (email: string) => {
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    return (await loadMember({ userId: user.id, preferredTeamId: team.id }))!;
  };
  const checker = await memberFor("checker@claimdesk.test");
  const editor = await memberFor("editor@claimdesk.test");
  const viewer = await memberFor("viewer@claimdesk.test");
  const article = await db.article.findFirstOrThrow({
    where: { teamId: team.id, language: "ar", revisions: { some: { text: { contains: QUOTE } } } },
    include: { revisions: true },
  });
  const revision = article.revisions[0]!;
  const start = revision.text.indexOf(QUOTE);
  let claim = await createClaim(checker, {
    articleId: article.id,
    revisionId: revision.id,
    start,
    end: start + QUOTE.length,
    statement: "",
    details: { type: "CASUALTY_REPORT", casualty: { parties: [] } },
  } as never);
  const mixed = (await listRatingScale(checker)).find((label) => label.key === "MIXED")!.id;
  claim = await rateClaim(checker, {
    claimId: claim.id,
    version: claim.version,
    verdictId: mixed,
    confidence: "MODERATE",
    rationale: "SOHR reports casualties; AFP could not confirm any.",
  });
  for (const [who, action] of [
    [checker, "submit"],
    [editor, "approve"],
    [editor, "publish"],
  ] as const) {
    claim = await transitionClaim(who, { claimId: claim.id, version: claim.version, action, note: "" });
  }
  return { article, claim, editor, viewer };
}

describe("reports of the seeded data", () => {
  it("come out in every format; the JSON verifies and names the team; only editors export", async () => {
    const { article, claim, editor, viewer } = await seededArticleWithPublishedClaim();
    // ClaimReview needs a public address for each claim: without a public link there is none.
    await expect(exportArticleReport(editor, { articleId: article.id, format: "claimreview" })).rejects.toMatchObject({
      code: "BAD_INPUT",
      details: { reason: "noPublicLink" },
    });
    const link = await createReportLink(editor, { articleId: article.id });
    const files = Object.fromEntries(
      await Promise.all(
        REPORT_FORMATS.filter((format) => format !== "pdf").map(
          async (format) => [format, await exportArticleReport(editor, { articleId: article.id, format })] as const,
        ),
      ),
    );

    const json = files.json!.body.toString("utf8");
    expect(verifyReportText(json)).toMatchObject({ ok: true, team: { name: "Demo Newsroom" } });
    const report = ZReport.parse(JSON.parse(json).report);
    expect(report.articles[0]!.revision.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(report.claims.find((item) => item.id === claim.id)).toMatchObject({
      anchor: { exact: QUOTE },
      rating: { verdict: { key: "MIXED" }, confidence: "MODERATE" },
      review: { reviewedBy: "Elias Editor" },
    });

    expect(files.csv!.body.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true);
    expect(files.csv!.body.toString("utf8")).toContain(QUOTE);
    expect(files.md!.body.toString("utf8")).toContain("Verdict: **Mixed**");
    const html = files.html!.body.toString("utf8");
    expect(html).toContain(`lang="ar" dir="rtl"`);
    expect(html).toContain('font-family:"Noto Naskh Arabic"');
    // The footer publishes the team's keys and where to check them, from APP_URL.
    const [teamKey] = await listPublicKeys({ teamId: article.teamId });
    expect(html).toContain(`with key <bdi dir="ltr">${teamKey!.fingerprint}</bdi>`);
    expect(html).toContain("https://claimdesk.test/api/public/keys");
    const reviews = JSON.parse(files.claimreview!.body.toString("utf8")) as {
      url: string;
      reviewRating: { alternateName: string; ratingValue: number };
    }[];
    expect(reviews).toEqual([
      expect.objectContaining({
        url: `https://claimdesk.test/r/${link.token}#claim-${claim.id}`,
        reviewRating: expect.objectContaining({ alternateName: "Mixed", ratingValue: 3 }),
      }),
    ]);

    // Signing keys are kept encrypted: the stored private key is not a DER key in the clear.
    const key = await db.teamSigningKey.findFirstOrThrow({ where: { team: { slug: DEMO_TEAM_SLUG } } });
    expect(Buffer.from(key.encryptedPrivateKey, "base64").includes(Buffer.from([0x30, 0x2e, 0x02, 0x01, 0x00]))).toBe(
      false,
    );

    await expect(exportArticleReport(viewer, { articleId: article.id, format: "json" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("renders a PDF with headless Chromium that pdftotext can read", async () => {
    const { article, editor } = await seededArticleWithPublishedClaim();
    const pdf = await exportArticleReport(editor, { articleId: article.id, format: "pdf" });
    expect(pdf.body.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = execFileSync("pdftotext", ["-", "-"], { input: pdf.body }).toString("utf8");
    expect(text).toContain("Mixed");
    mkdirSync("test-results/reports", { recursive: true });
    writeFileSync("test-results/reports/article-002.pdf", pdf.body);
    // Shaped Arabic extracts back to the same base letters in logical order. pdftotext adds spaces
    // inside kerned words, wraps runs in bidi marks and emits a mark (shadda) before its letter.
    const letters = (value: string) => value.replace(/[\s\u200e\u200f\u202a-\u202e\u064b-\u065f\u0670]/g, "");
    expect(letters(text)).toContain(letters(QUOTE));
  }, 60_000);

  it("run big exports as background jobs with progress, for the exporting team's editors only", async () => {
    const { article, editor, viewer } = await seededArticleWithPublishedClaim();
    const queued = await requestReportExport(editor, { articleId: article.id, format: "json" });
    expect(queued).toMatchObject({ status: "QUEUED", progress: 0, fileName: null });
    await runDueJobs();
    const done = await getExportJob(editor, { jobId: queued.jobId });
    expect(done).toMatchObject({ status: "SUCCEEDED", progress: 100, fileName: expect.stringMatching(/\.json$/) });
    const file = await readExportFile(editor, { jobId: queued.jobId });
    expect(verifyReportText(Buffer.from(file.bytes).toString("utf8"))).toMatchObject({
      ok: true,
      team: { name: "Demo Newsroom" },
    });

    await expect(requestReportExport(viewer, { articleId: article.id, format: "csv" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const stranger = (await createTeam(["EDITOR"])).members.EDITOR;
    await expect(readExportFile(stranger, { jobId: queued.jobId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("streamed reports", () => {
  it("page through hundreds of claims in reading order, ties included, and the streamed JSON verifies", async () => {
    const { members } = await createTeam(["EDITOR"]);
    const editor = members.EDITOR;
    const { articleId } = await importArticle(editor, {
      source: "paste",
      text: `${"A long enough article sentence. ".repeat(40)}`,
    } as never);
    const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId } });
    // 2.5 pages of claims; many share a start, and some share both start and end (ordered by id).
    await db.$executeRaw`
      INSERT INTO "Claim" (id, "teamId", "articleId", "revisionId", "startOffset", "endOffset", exact, prefix, suffix, statement, type, status, "updatedAt")
      SELECT gen_random_uuid(), ${editor.teamId}::uuid, ${articleId}::uuid, ${revision.id}::uuid, n % 37, 40 + n % 5, 'quote', '', '', 'Claim ' || n, 'OTHER', 'NEW', now()
      FROM generate_series(1, ${Math.round(REPORT_PAGE_SIZE * 2.5)}) n`;
    const rows = await db.claim.findMany({
      where: { articleId },
      select: { id: true, startOffset: true, endOffset: true },
    });
    const expected = rows
      .map((row) => ({ id: row.id, start: row.startOffset, end: row.endOffset }))
      .sort(compareReadingOrder)
      .map((row) => row.id);

    const json = (await exportArticleReport(editor, { articleId, format: "json" })).body.toString("utf8");
    expect(verifyReportText(json)).toMatchObject({ ok: true, claims: expected.length });
    expect(
      (JSON.parse(json) as { report: { claims: { id: string }[] } }).report.claims.map((claim) => claim.id),
    ).toEqual(expected);

    const csv = (await exportArticleReport(editor, { articleId, format: "csv" })).body.toString("utf8");
    expect(
      csv
        .trimEnd()
        .split("\r\n")
        .slice(1)
        .map((line) => line.slice(1, 37)),
    ).toEqual(expected);
  });
});
