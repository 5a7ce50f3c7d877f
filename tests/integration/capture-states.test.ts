import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ZCreateSourceInput, type TCreateSourceInput } from "@/lib/schemas/sources";
import { createClaim } from "@/lib/server/claims/create-claim";
import { getClaim } from "@/lib/server/claims/get-claim";
import { attachEvidence } from "@/lib/server/evidence/attach-evidence";
import { runDueJobs } from "@/lib/server/jobs/job-worker";
import { createSource } from "@/lib/server/sources/create-source";
import { getSource } from "@/lib/server/sources/get-source";
import { listSourcePage } from "@/lib/server/sources/list-source-page";
import { requestCapture } from "@/lib/server/sources/request-capture";
import { loopbackSite } from "./fixture-site";
import { createArticle, createTeam } from "./support";

const site = loopbackSite({ allowInSsrfGuard: true });
const pages = site.pages;
const html = (title: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${"Reporting from Idlib province, where the operation continued overnight. ".repeat(4)}</p></article></body></html>`;

const input = (fields: Partial<TCreateSourceInput>): TCreateSourceInput =>
  ZCreateSourceInput.parse({ kind: "NEWS_REPORT", ...fields });

async function citedOnClaim(member: Parameters<typeof createClaim>[0], teamId: string, sourceId: string) {
  const article = await createArticle(teamId, "SOHR reports dead and wounded among French fighters");
  const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId: article.id } });
  const claim = await createClaim(member, {
    articleId: article.id,
    revisionId: revision.id,
    start: 0,
    end: 20,
    statement: "",
    details: { type: "CASUALTY_REPORT", casualty: { parties: [] } },
  } as never);
  await attachEvidence(member, {
    claimId: claim.id,
    sourceId,
    stance: "SUPPORTS",
    passage: null,
    credibility: null,
    note: null,
  });
  return claim;
}

/** Makes the source's waiting retry due now, as if its backoff had passed. */
async function retryDueNow(sourceId: string) {
  await db.job.updateMany({
    where: { subjectId: sourceId, status: "QUEUED" },
    data: { runAfter: new Date(Date.now() - 1_000) },
  });
}

describe("capture states tell what the server saw", () => {
  it("is capturing while queued, on the source, the list and the claim that cites it; then captured", async () => {
    const { team, members } = await createTeam(["FACT_CHECKER"]);
    pages.set("/capturing", { status: 200, type: "text/html", body: html("A page on its way") });
    const { source } = await createSource(members.FACT_CHECKER, input({ url: `${site.base}/capturing` }));
    expect(source.capture).toEqual({ health: "CAPTURING", reason: null, httpStatus: null, retrying: false });
    const claim = await citedOnClaim(members.FACT_CHECKER, team.id, source.id);
    expect((await getClaim(members.FACT_CHECKER, claim.id)).evidence[0]!.capture.health).toBe("CAPTURING");
    const listed = await listSourcePage(members.FACT_CHECKER);
    expect(listed.items.find((item) => item.id === source.id)!.health).toBe("CAPTURING");

    await runDueJobs();
    expect((await getSource(members.FACT_CHECKER, source.id)).source.health).toBe("INTACT");
    expect((await getClaim(members.FACT_CHECKER, claim.id)).evidence[0]!.health).toBe("INTACT");
  });

  it("is gone when the page answers 404 after it was captured, on the source, its citations and the claim", async () => {
    const { team, members } = await createTeam(["FACT_CHECKER"]);
    pages.set("/removed", { status: 200, type: "text/html", body: html("A statement later removed") });
    const { source } = await createSource(members.FACT_CHECKER, input({ url: `${site.base}/removed` }));
    await runDueJobs();
    const claim = await citedOnClaim(members.FACT_CHECKER, team.id, source.id);

    pages.delete("/removed");
    await requestCapture(members.FACT_CHECKER, { sourceId: source.id });
    await runDueJobs();
    const detail = await getSource(members.FACT_CHECKER, source.id);
    expect(detail.source.capture).toEqual({ health: "GONE", reason: null, httpStatus: 404, retrying: false });
    expect(detail.citations[0]!.capture.health).toBe("GONE");
    expect((await getClaim(members.FACT_CHECKER, claim.id)).evidence[0]!.capture.health).toBe("GONE");
    // Nothing to retry: the site answered.
    expect(await db.job.count({ where: { subjectId: source.id, status: "QUEUED" } })).toBe(0);
  });

  it("is failed (not found), not gone, when the first capture already got a 404", async () => {
    const { members } = await createTeam(["FACT_CHECKER"]);
    const { source } = await createSource(members.FACT_CHECKER, input({ url: `${site.base}/never-there` }));
    await runDueJobs();
    expect((await getSource(members.FACT_CHECKER, source.id)).source.capture).toMatchObject({
      health: "FAILED",
      reason: "NOT_FOUND",
      httpStatus: 404,
    });
  });

  it("is unreachable, not gone, for a host that never answers; it tries again later, then stops", async () => {
    const { team, members } = await createTeam(["FACT_CHECKER"]);
    const { source } = await createSource(members.FACT_CHECKER, input({ url: `http://${site.refusedHost}/statement` }));
    const claim = await citedOnClaim(members.FACT_CHECKER, team.id, source.id);
    const before = Date.now();
    await runDueJobs();

    const first = await getSource(members.FACT_CHECKER, source.id);
    expect(first.source.capture).toEqual({
      health: "UNREACHABLE",
      reason: "NETWORK",
      httpStatus: null,
      retrying: true,
    });
    expect(first.snapshots).toMatchObject([{ httpStatus: null, errorCode: "NETWORK" }]);
    expect((await getClaim(members.FACT_CHECKER, claim.id)).evidence[0]!.capture).toMatchObject({
      health: "UNREACHABLE",
      retrying: true,
    });
    // The job waits its turn (minutes, not a busy loop) and runs nothing meanwhile.
    const job = await db.job.findFirstOrThrow({ where: { subjectId: source.id } });
    expect(job).toMatchObject({ status: "QUEUED", attempts: 1, errorCode: "NETWORK" });
    expect(job.runAfter.getTime()).toBeGreaterThanOrEqual(before + 4 * 60_000);
    expect(await runDueJobs()).toBe(0);

    // Asked to capture now, the waiting retry runs now (still the same job).
    expect(await requestCapture(members.FACT_CHECKER, { sourceId: source.id })).toEqual({ jobId: job.id });
    expect(
      (await db.auditEvent.findMany({ where: { entityId: source.id, action: "source.captureRequested" } })).map(
        (event) => event.after,
      ),
    ).toEqual([{ jobId: job.id, retryNow: true }]);
    expect(await runDueJobs()).toBe(1);
    expect(await db.job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({ status: "QUEUED", attempts: 2 });

    // The third attempt is the last: still unreachable, no longer retrying.
    await retryDueNow(source.id);
    expect(await runDueJobs()).toBe(1);
    const last = await getSource(members.FACT_CHECKER, source.id);
    expect(last.source.capture).toEqual({
      health: "UNREACHABLE",
      reason: "NETWORK",
      httpStatus: null,
      retrying: false,
    });
    expect(last.snapshots).toHaveLength(3);
    expect(await db.job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
      status: "SUCCEEDED",
      attempts: 3,
    });
  });

  it("stays unreachable, not gone, when a captured site stops answering; comes back intact", async () => {
    const { members } = await createTeam(["FACT_CHECKER"]);
    pages.set("/flaky", { status: 200, type: "text/html", body: html("A page on a flaky host") });
    const { source } = await createSource(members.FACT_CHECKER, input({ url: `${site.base}/flaky` }));
    await runDueJobs();
    // The same page, its host now down: point the source at the refused port.
    await db.source.update({ where: { id: source.id }, data: { url: `http://${site.refusedHost}/flaky` } });
    await requestCapture(members.FACT_CHECKER, { sourceId: source.id });
    await runDueJobs();
    expect((await getSource(members.FACT_CHECKER, source.id)).source.capture).toMatchObject({
      health: "UNREACHABLE",
      retrying: true,
    });
    await db.source.update({ where: { id: source.id }, data: { url: `${site.base}/flaky` } });
    await retryDueNow(source.id);
    await runDueJobs();
    expect((await getSource(members.FACT_CHECKER, source.id)).source.capture.health).toBe("INTACT");
  });

  it("is failed with the reason on a 500, with nothing retried", async () => {
    const { members } = await createTeam(["FACT_CHECKER"]);
    pages.set("/broken", { status: 200, type: "text/html", body: html("A page whose server breaks") });
    const { source } = await createSource(members.FACT_CHECKER, input({ url: `${site.base}/broken` }));
    await runDueJobs();
    pages.set("/broken", { status: 500, type: "text/plain", body: "Internal Server Error" });
    await requestCapture(members.FACT_CHECKER, { sourceId: source.id });
    await runDueJobs();
    const detail = await getSource(members.FACT_CHECKER, source.id);
    expect(detail.source.capture).toEqual({
      health: "FAILED",
      reason: "SERVER_ERROR",
      httpStatus: 500,
      retrying: false,
    });
    expect(detail.snapshots[0]).toMatchObject({ httpStatus: 500, errorCode: null });
    expect(await db.job.count({ where: { subjectId: source.id, status: "QUEUED" } })).toBe(0);
  });

  it("is failed (unsupported type) for an image, kept by its hash; a PDF is still captured", async () => {
    const { members } = await createTeam(["FACT_CHECKER"]);
    pages.set("/photo.png", { status: 200, type: "image/png", body: Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]) });
    pages.set("/report.pdf", { status: 200, type: "application/pdf", body: Buffer.from("%PDF-1.4\n%%EOF") });
    const image = await createSource(members.FACT_CHECKER, input({ url: `${site.base}/photo.png`, title: "Photo" }));
    const pdf = await createSource(members.FACT_CHECKER, input({ url: `${site.base}/report.pdf`, title: "Report" }));
    await runDueJobs();
    const imageDetail = await getSource(members.FACT_CHECKER, image.source.id);
    expect(imageDetail.source.capture).toMatchObject({ health: "FAILED", reason: "UNSUPPORTED_TYPE", httpStatus: 200 });
    expect(imageDetail.snapshots[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await getSource(members.FACT_CHECKER, pdf.source.id)).source.health).toBe("INTACT");
  });
});
