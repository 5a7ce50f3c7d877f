import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ZCreateSourceInput, type TCreateSourceInput } from "@/lib/schemas/sources";
import { createClaim } from "@/lib/server/claims/create-claim";
import { getClaim } from "@/lib/server/claims/get-claim";
import { createEntity } from "@/lib/server/entities/create-entity";
import { attachEvidence } from "@/lib/server/evidence/attach-evidence";
import { removeEvidence } from "@/lib/server/evidence/remove-evidence";
import { updateEvidence } from "@/lib/server/evidence/update-evidence";
import { takeNextJob } from "@/lib/server/jobs/job-queue";
import { runDueJobs } from "@/lib/server/jobs/job-worker";
import { createSource } from "@/lib/server/sources/create-source";
import { getSource } from "@/lib/server/sources/get-source";
import { listSources } from "@/lib/server/sources/list-sources";
import { requestCapture } from "@/lib/server/sources/request-capture";
import { updateSource } from "@/lib/server/sources/update-source";
import { loopbackSite } from "./fixture-site";
import { auditEventsFor, createArticle, createTeam } from "./support";

const html = (title: string, text: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title><meta property="og:site_name" content="Fixture News"></head><body><article><h1>${title}</h1><p>${text}</p><p>${"Further reporting from Idlib province, where the operation continued overnight. ".repeat(3)}</p></article></body></html>`;

const site = loopbackSite({ allowInSsrfGuard: true });
const pages = site.pages;

function serve(path: string, title: string, text: string, status = 200) {
  pages.set(path, { status, type: "text/html; charset=utf-8", body: html(title, text) });
}

const input = (fields: Partial<TCreateSourceInput>): TCreateSourceInput =>
  ZCreateSourceInput.parse({ kind: "NEWS_REPORT", ...fields });

async function claimIn(member: Parameters<typeof createClaim>[0], teamId: string) {
  const article = await createArticle(teamId, "SOHR reports dead and wounded among French fighters");
  const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId: article.id } });
  return createClaim(member, {
    articleId: article.id,
    revisionId: revision.id,
    start: 0,
    end: 20,
    statement: "",
    details: { type: "CASUALTY_REPORT", casualty: { parties: [] } },
  } as never);
}

describe("sources and their captures", () => {
  it("captures a URL source off the request path, fills its fields, and finds the same URL again", async () => {
    const { team, members } = await createTeam(["FACT_CHECKER"]);
    serve("/afp-harem", "Syrian forces encircle French jihadist camp", "AFP: no confirmed casualties in Harem.");
    const created = await createSource(
      members.FACT_CHECKER,
      input({ url: `${site.base}/afp-harem?utm_source=twitter#top` }),
    );
    expect(created.existing).toBe(false);
    expect(created.source).toMatchObject({
      url: `${site.base}/afp-harem`,
      health: "CAPTURING",
      captureJob: { status: "QUEUED" },
    });

    expect(await runDueJobs()).toBeGreaterThanOrEqual(1);
    const { source, snapshots, capturedText } = await getSource(members.FACT_CHECKER, created.source.id);
    expect(source).toMatchObject({
      title: "Syrian forces encircle French jihadist camp",
      outlet: "Fixture News",
      health: "INTACT",
      captureJob: { status: "SUCCEEDED", progress: 100 },
    });
    expect(snapshots).toHaveLength(1);
    expect(snapshots[0]).toMatchObject({
      httpStatus: 200,
      contentType: "text/html; charset=utf-8",
      finalUrl: `${site.base}/afp-harem`,
    });
    expect(snapshots[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(capturedText).toContain("no confirmed casualties");

    const again = await createSource(
      members.FACT_CHECKER,
      input({ url: `${site.base.toUpperCase().replace("HTTP", "http")}/afp-harem/` }),
    );
    expect(again).toMatchObject({ existing: true, source: { id: created.source.id } });
    expect(await db.source.count({ where: { teamId: team.id } })).toBe(1);
    expect((await auditEventsFor(created.source.id)).map((event) => event.action)).toEqual([
      "source.create",
      "source.capture",
    ]);
  });

  it("shows 'changed since cited' after a re-capture finds new text, and 'gone' after a 404, on the source and the claim", async () => {
    const { team, members } = await createTeam(["FACT_CHECKER"]);
    serve("/sohr", "SOHR statement", "Dead and wounded among French fighters and security forces.");
    const { source } = await createSource(members.FACT_CHECKER, input({ url: `${site.base}/sohr` }));
    await runDueJobs();
    const claim = await claimIn(members.FACT_CHECKER, team.id);
    const evidence = await attachEvidence(members.FACT_CHECKER, {
      claimId: claim.id,
      sourceId: source.id,
      stance: "SUPPORTS",
      passage: "Dead and wounded",
      credibility: 3,
      note: null,
    });
    expect(evidence.health).toBe("INTACT");

    serve("/sohr", "SOHR statement", "Updated: the toll is not yet known.");
    await requestCapture(members.FACT_CHECKER, { sourceId: source.id });
    await runDueJobs();
    expect((await getSource(members.FACT_CHECKER, source.id)).source.health).toBe("CHANGED");
    expect((await getClaim(members.FACT_CHECKER, claim.id)).evidence[0]!.health).toBe("CHANGED");

    pages.delete("/sohr");
    await requestCapture(members.FACT_CHECKER, { sourceId: source.id });
    await runDueJobs();
    const detail = await getSource(members.FACT_CHECKER, source.id);
    expect(detail.source.health).toBe("GONE");
    expect(detail.snapshots.map((snapshot) => snapshot.httpStatus)).toEqual([404, 200, 200]);
    expect(detail.citations[0]).toMatchObject({ health: "GONE", claim: { id: claim.id } });
    expect((await getClaim(members.FACT_CHECKER, claim.id)).evidence[0]!.health).toBe("GONE");
  });

  it("keeps a PDF by its hash, and records a page over the size cap as a failed capture", async () => {
    const { members } = await createTeam(["FACT_CHECKER"]);
    pages.set("/report.pdf", {
      status: 200,
      type: "application/pdf",
      body: Buffer.from("%PDF-1.4\n% a tiny document\n%%EOF"),
    });
    pages.set("/huge", { status: 200, type: "text/html", body: Buffer.alloc(6 * 1024 * 1024, 0x61) });
    const pdf = await createSource(
      members.FACT_CHECKER,
      input({ url: `${site.base}/report.pdf`, kind: "DOCUMENT", title: "NGO report" }),
    );
    const huge = await createSource(members.FACT_CHECKER, input({ url: `${site.base}/huge` }));
    await runDueJobs();
    const pdfDetail = await getSource(members.FACT_CHECKER, pdf.source.id);
    expect(pdfDetail.source).toMatchObject({ title: "NGO report", health: "INTACT" });
    expect(pdfDetail.snapshots[0]).toMatchObject({ contentType: "application/pdf", errorCode: null });
    expect(pdfDetail.snapshots[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(pdfDetail.capturedText).toBeNull();
    const hugeDetail = await getSource(members.FACT_CHECKER, huge.source.id);
    expect(hugeDetail.source.health).toBe("FAILED");
    expect(hugeDetail.snapshots[0]).toMatchObject({ errorCode: "TOO_LARGE", sha256: null, byteLength: null });
  });

  it("refuses bad addresses before storing anything", async () => {
    const { team, members } = await createTeam(["FACT_CHECKER"]);
    expect(ZCreateSourceInput.safeParse({ kind: "NEWS_REPORT", url: "not a url" }).error?.issues[0]?.message).toBe(
      "INVALID_URL",
    );
    expect(
      ZCreateSourceInput.safeParse({ kind: "NEWS_REPORT", url: "ftp://example.com/a" }).error?.issues[0]?.message,
    ).toBe("UNSUPPORTED_SCHEME");
    expect(ZCreateSourceInput.safeParse({ kind: "NEWS_REPORT" }).error?.issues[0]?.message).toBe("titleOrUrl");
    for (const url of [
      "http://169.254.169.254/latest/meta-data/",
      "http://10.0.0.1/",
      "http://[::1]/",
      "http://2130706433/",
    ]) {
      await expect(createSource(members.FACT_CHECKER, input({ url }))).rejects.toMatchObject({
        code: "BAD_INPUT",
        details: { reason: "FORBIDDEN_ADDRESS" },
      });
    }
    expect(await db.source.count({ where: { teamId: team.id } })).toBe(0);
    expect(await db.job.count({ where: { teamId: team.id } })).toBe(0);
  });

  it("retries a capture whose worker died mid-job, and fails one that has used up its attempts", async () => {
    const { team, members } = await createTeam(["FACT_CHECKER"]);
    serve("/retry", "Retried page", "Captured on the second attempt after a crash.");
    await runDueJobs(); // other tests' queued work, so the queue holds only this test's job
    const { source } = await createSource(members.FACT_CHECKER, input({ url: `${site.base}/retry` }));
    // A worker takes the job and dies: the job stays RUNNING under its lease.
    const crashed = await takeNextJob(["source.capture"]);
    expect(crashed).toMatchObject({ teamId: team.id, attempts: 1 });
    expect(await runDueJobs()).toBe(0);
    await db.job.update({ where: { id: crashed!.id }, data: { lockedUntil: new Date(Date.now() - 1_000) } });
    expect(await runDueJobs()).toBe(1);
    const job = await db.job.findUniqueOrThrow({ where: { id: crashed!.id } });
    expect(job).toMatchObject({ status: "SUCCEEDED", attempts: 2, progress: 100 });
    expect(await db.sourceSnapshot.count({ where: { sourceId: source.id } })).toBe(1);

    // One that keeps dying is failed, and the user's retry queues a fresh capture.
    await db.job.update({
      where: { id: job.id },
      data: { status: "RUNNING", attempts: 3, lockedUntil: new Date(Date.now() - 1_000) },
    });
    expect(await runDueJobs()).toBe(1);
    expect(await db.job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
      status: "FAILED",
      errorCode: "INTERRUPTED",
    });
    const retry = await requestCapture(members.FACT_CHECKER, { sourceId: source.id });
    expect(retry.jobId).not.toBe(job.id);
    expect(await requestCapture(members.FACT_CHECKER, { sourceId: source.id })).toEqual(retry);
    await runDueJobs();
    expect(await db.job.findUniqueOrThrow({ where: { id: retry.jobId } })).toMatchObject({ status: "SUCCEEDED" });
    expect(await db.sourceSnapshot.count({ where: { sourceId: source.id } })).toBe(2);
  });
});

describe("evidence and independent corroboration", () => {
  it("groups support by origin and shows a contested claim; edits and removals are versioned and audited", async () => {
    const { team, members } = await createTeam(["FACT_CHECKER", "VIEWER"]);
    const fc = members.FACT_CHECKER;
    const sohr = await createEntity(fc, {
      name: "SOHR",
      kind: "ORGANIZATION",
      description: null,
      aliases: [],
      sameAs: [],
    });
    const afp = await createEntity(fc, { name: "AFP", kind: "OUTLET", description: null, aliases: [], sameAs: [] });
    const claim = await claimIn(fc, team.id);
    const handMade = async (title: string, outlet: string, originId: string | null) =>
      (await createSource(fc, input({ title, outlet, originId, kind: "NEWS_REPORT" }))).source;
    const repeats = [
      await handMade("Ultra Syria relays SOHR", "Ultra Syria", sohr.id),
      await handMade("Annahar relays SOHR", "Annahar", sohr.id),
    ];
    const afpDispatch = await handMade("AFP dispatch", "France 24", afp.id);
    const afpRefutation = await handMade("AFP: no confirmed casualties", "AFP", afp.id);
    for (const source of repeats)
      await attachEvidence(fc, {
        claimId: claim.id,
        sourceId: source.id,
        stance: "SUPPORTS",
        passage: null,
        credibility: null,
        note: null,
      });
    await attachEvidence(fc, {
      claimId: claim.id,
      sourceId: afpDispatch.id,
      stance: "SUPPORTS",
      passage: null,
      credibility: 2,
      note: null,
    });
    const refutation = await attachEvidence(fc, {
      claimId: claim.id,
      sourceId: afpRefutation.id,
      stance: "REFUTES",
      passage: "no confirmed casualties",
      credibility: 2,
      note: null,
    });

    const detail = await getClaim(fc, claim.id);
    expect(detail.claim.corroboration.status).toBe("CONTESTED");
    expect(detail.claim.corroboration.supports.independent.map((group) => group.label).sort()).toEqual(["AFP", "SOHR"]);
    expect(detail.claim.corroboration.supports.repeats).toEqual([
      { group: expect.objectContaining({ label: "SOHR" }), count: 1 },
    ]);
    expect(detail.evidence.map((item) => item.stance)).toEqual(["SUPPORTS", "SUPPORTS", "SUPPORTS", "REFUTES"]);

    await expect(
      attachEvidence(fc, {
        claimId: claim.id,
        sourceId: afpDispatch.id,
        stance: "REFUTES",
        passage: null,
        credibility: null,
        note: null,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", details: { reason: "alreadyCited" } });
    await expect(
      attachEvidence(members.VIEWER, {
        claimId: claim.id,
        sourceId: afpDispatch.id,
        stance: "SUPPORTS",
        passage: null,
        credibility: null,
        note: null,
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });

    const edited = await updateEvidence(fc, {
      evidenceId: refutation.id,
      version: 1,
      stance: "CONTEXT",
      passage: "no confirmed casualties",
      credibility: 3,
      note: "AFP could not reach the camp",
    });
    expect(edited).toMatchObject({ version: 2, stance: "CONTEXT" });
    await expect(
      updateEvidence(fc, {
        evidenceId: refutation.id,
        version: 1,
        stance: "REFUTES",
        passage: null,
        credibility: null,
        note: null,
      }),
    ).rejects.toMatchObject({ code: "STALE_VERSION" });
    await expect(removeEvidence(fc, { evidenceId: refutation.id, version: 1 })).rejects.toMatchObject({
      code: "STALE_VERSION",
    });
    await removeEvidence(fc, { evidenceId: refutation.id, version: 2 });
    expect((await getClaim(fc, claim.id)).claim.corroboration.status).toBe("CORROBORATED");
    expect((await auditEventsFor(refutation.id)).map((event) => event.action)).toEqual([
      "evidence.create",
      "evidence.update",
      "evidence.delete",
    ]);
  });

  it("keeps teams apart: another team's claim, source or origin is not found", async () => {
    const mine = await createTeam(["FACT_CHECKER"]);
    const theirs = await createTeam(["FACT_CHECKER"]);
    const myClaim = await claimIn(mine.members.FACT_CHECKER, mine.team.id);
    const { source: theirSource } = await createSource(
      theirs.members.FACT_CHECKER,
      input({ title: "Their interview", kind: "INTERVIEW" }),
    );
    const theirEntity = await createEntity(theirs.members.FACT_CHECKER, {
      name: "Their origin",
      kind: "OUTLET",
      description: null,
      aliases: [],
      sameAs: [],
    });
    await expect(
      attachEvidence(mine.members.FACT_CHECKER, {
        claimId: myClaim.id,
        sourceId: theirSource.id,
        stance: "SUPPORTS",
        passage: null,
        credibility: null,
        note: null,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getSource(mine.members.FACT_CHECKER, theirSource.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      createSource(mine.members.FACT_CHECKER, input({ title: "x", originId: theirEntity.id })),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      updateSource(mine.members.FACT_CHECKER, {
        ...theirSource,
        sourceId: theirSource.id,
        originId: null,
        reliability: null,
      } as never),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listSources(mine.members.FACT_CHECKER)).map((source) => source.id)).not.toContain(theirSource.id);
  });

  it("filters the library by kind, reliability and text", async () => {
    const { members } = await createTeam(["FACT_CHECKER"]);
    const fc = members.FACT_CHECKER;
    await createSource(fc, input({ title: "Interview with a camp resident", kind: "INTERVIEW", reliability: "C" }));
    await createSource(
      fc,
      input({ title: "بيان وزارة الداخلية", outlet: "وزارة الداخلية", kind: "OFFICIAL_STATEMENT", reliability: "B" }),
    );
    expect((await listSources(fc, { kind: "INTERVIEW" })).map((source) => source.title)).toEqual([
      "Interview with a camp resident",
    ]);
    expect((await listSources(fc, { reliability: "B" })).map((source) => source.title)).toEqual([
      "بيان وزارة الداخلية",
    ]);
    expect((await listSources(fc, { q: "الداخلية" })).map((source) => source.kind)).toEqual(["OFFICIAL_STATEMENT"]);
  });
});
