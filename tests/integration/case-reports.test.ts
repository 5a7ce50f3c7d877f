import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runDueJobs } from "@/lib/server/jobs/job-worker";
import { createCase } from "@/lib/server/cases/create-case";
import { updateCase } from "@/lib/server/cases/update-case";
import { addToCase } from "@/lib/server/cases/add-to-case";
import { createCaseLink, revokeCaseLink } from "@/lib/server/cases/case-links";
import { getCaseEdition } from "@/lib/server/cases/get-case-edition";
import { publishCaseEdition } from "@/lib/server/cases/publish-case-edition";
import { renderPublicCase } from "@/lib/server/cases/render-public-case";
import { getExportJob, readExportFile, requestSetReportExport } from "@/lib/server/reports/background-export";
import { assertReportFits, exportArticleReport, exportSetReport } from "@/lib/server/reports/export-report";
import { createReportLink } from "@/lib/server/reports/report-links";
import { createTag } from "@/lib/server/tags/create-tag";
import { updateClaimTags } from "@/lib/server/tags/update-claim-tags";
import { updateClaim } from "@/lib/server/claims/update-claim";
import { transitionClaim } from "@/lib/server/claims/transition-claim";
import { setUpClaimStages } from "./claim-stages";
import { addEntity, createArticle, createTeam, refusal } from "./support";

type Signed = {
  report: { scope: Record<string, unknown>; articles: { id: string }[]; claims: { id: string; articleId: string }[] };
};
const json = (body: Buffer) => JSON.parse(body.toString("utf8")) as Signed;

/** A team with a published claim and a claim in review in one article, and a second article with one claim. */
async function setUp() {
  const s = await setUpClaimStages();
  const { claim: published } = await s.claimAt("PUBLISHED");
  const { claim: inReview } = await s.claimAt("IN_REVIEW");
  const other = await createArticle(s.team.id, "A wire report of the same operation");
  const otherRevision = await db.articleRevision.findFirstOrThrow({ where: { articleId: other.id } });
  const chosen = await db.claim.create({
    data: {
      teamId: s.team.id,
      articleId: other.id,
      revisionId: otherRevision.id,
      startOffset: 0,
      endOffset: 6,
      exact: "A wire",
      prefix: "",
      suffix: "",
      statement: "A wire report",
      type: "EVENT",
    },
  });
  const harem = await createCase(s.members.FACT_CHECKER, { title: "Harem camp operation", summary: "Oct 2025" });
  return { ...s, published, inReview, other, chosen, harem };
}

describe("a report of any set of claims", () => {
  it("is the article's report when the set is one article's claims, and groups a case's claims by article", async () => {
    const s = await setUp();
    await addToCase(s.members.FACT_CHECKER, {
      caseId: s.harem.id,
      member: { kind: "article", id: s.article.id, allClaims: true },
    });
    const article = json(
      (await exportArticleReport(s.members.EDITOR, { articleId: s.article.id, format: "json" })).body,
    );
    const ofCase = json(
      (await exportSetReport(s.members.EDITOR, { set: { kind: "case", caseId: s.harem.id }, format: "json" })).body,
    );
    expect(ofCase.report.articles).toEqual(article.report.articles);
    expect(ofCase.report.claims).toEqual(article.report.claims);
    expect(ofCase.report.scope).toMatchObject({ kind: "case", title: "Harem camp operation" });

    // A chosen claim of another article joins under its own article.
    await addToCase(s.members.FACT_CHECKER, { caseId: s.harem.id, member: { kind: "claim", id: s.chosen.id } });
    const grown = json(
      (await exportSetReport(s.members.EDITOR, { set: { kind: "case", caseId: s.harem.id }, format: "json" })).body,
    );
    expect(grown.report.articles.map((a) => a.id).sort()).toEqual([s.article.id, s.other.id].sort());
    const order = grown.report.claims.map((claim) => claim.articleId);
    // Grouped: one run per article, in the order of `articles`.
    expect(order).toEqual([...order].sort());
    expect(grown.report.claims.map((claim) => claim.id)).toContain(s.chosen.id);
  });

  it("holds what a search with filters, a claimant or a tag selects, and nothing of another team", async () => {
    const s = await setUp();
    const claimant = await addEntity(s.members.FACT_CHECKER, { name: "Syrian Observatory", kind: "ORGANIZATION" });
    await db.claim.update({ where: { id: s.inReview.id }, data: { claimantId: claimant.id } });
    const tag = await createTag(s.members.ADMIN, { name: "Harem", color: "#0369a1" });
    await updateClaimTags(s.members.FACT_CHECKER, { claimId: s.chosen.id, add: [tag.id] });
    const ids = async (set: Parameters<typeof exportSetReport>[1]["set"]) =>
      json((await exportSetReport(s.members.EDITOR, { set, format: "json" })).body).report.claims.map((c) => c.id);

    expect(await ids({ kind: "claimant", entityId: claimant.id })).toEqual([s.inReview.id]);
    expect(await ids({ kind: "tag", tagId: tag.id })).toEqual([s.chosen.id]);
    const byTag = json(
      (await exportSetReport(s.members.EDITOR, { set: { kind: "tag", tagId: tag.id }, format: "json" })).body,
    );
    expect(byTag.report.claims[0]).toMatchObject({ tags: ["Harem"] });
    expect(await ids({ kind: "search", search: { q: "", status: "PUBLISHED" } })).toEqual([s.published.id]);
    expect((await ids({ kind: "search", search: { q: "wire" } })).sort()).toEqual([s.chosen.id]);
    const csv = (
      await exportSetReport(s.members.EDITOR, {
        set: { kind: "search", search: { q: "", status: "PUBLISHED" } },
        format: "csv",
      })
    ).body.toString("utf8");
    expect(csv.trim().split("\r\n")).toHaveLength(2);

    const stranger = await createTeam(["EDITOR"]);
    for (const set of [
      { kind: "case", caseId: s.harem.id },
      { kind: "claimant", entityId: claimant.id },
      { kind: "tag", tagId: tag.id },
      { kind: "article", articleId: s.article.id },
    ] as const)
      expect((await refusal(() => exportSetReport(stranger.members.EDITOR, { set, format: "json" }))).code).toBe(
        "NOT_FOUND",
      );
    // A search naming another team's tag is refused, not reported empty under an unfiltered title.
    expect(
      (
        await refusal(() =>
          exportSetReport(stranger.members.EDITOR, {
            set: { kind: "search", search: { q: "", tagId: tag.id } },
            format: "csv",
          }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    // Another team's search finds none of this team's claims.
    const theirs = json(
      (
        await exportSetReport(stranger.members.EDITOR, {
          set: { kind: "search", search: { q: "wire" } },
          format: "json",
        })
      ).body,
    );
    expect(theirs.report.claims).toEqual([]);
    expect(
      (
        await refusal(() =>
          exportSetReport(s.members.FACT_CHECKER, { set: { kind: "tag", tagId: tag.id }, format: "csv" }),
        )
      ).code,
    ).toBe("FORBIDDEN");
  });

  it("exports a case in the background, and refuses ClaimReview while a published claim's article has no public link", async () => {
    const s = await setUp();
    await addToCase(s.members.FACT_CHECKER, {
      caseId: s.harem.id,
      member: { kind: "article", id: s.article.id, allClaims: true },
    });
    const refused = await refusal(() =>
      requestSetReportExport(s.members.EDITOR, { set: { kind: "case", caseId: s.harem.id }, format: "claimreview" }),
    );
    expect(refused).toMatchObject({ code: "BAD_INPUT", details: { reason: "noPublicLink" } });
    await createReportLink(s.members.EDITOR, { articleId: s.article.id });
    const job = await requestSetReportExport(s.members.EDITOR, {
      set: { kind: "case", caseId: s.harem.id },
      format: "claimreview",
    });
    await runDueJobs();
    expect(await getExportJob(s.members.EDITOR, { jobId: job.jobId })).toMatchObject({ status: "SUCCEEDED" });
    const file = await readExportFile(s.members.EDITOR, { jobId: job.jobId });
    const reviews = JSON.parse(Buffer.from(file.bytes).toString("utf8")) as { url: string }[];
    expect(reviews).toHaveLength(1);
    expect(reviews[0]!.url).toContain(`#claim-${s.published.id}`);
    expect(file.fileName).toMatch(/^claim-report-case-\d{4}-\d{2}-\d{2}\.claimreview\.jsonld$/);
  });
});

describe("reports laid out whole", () => {
  it("refuse sets too large for their format, and point to the streamed ones", async () => {
    expect(() => assertReportFits("pdf", 1_001)).toThrow(
      expect.objectContaining({ details: { reason: "tooManyClaimsForFormat", limit: 1_000 } }),
    );
    expect(() => assertReportFits("pdf", 1_000)).not.toThrow();
    expect(() => assertReportFits("html", 10_001)).toThrow();
    for (const streamed of ["json", "csv"] as const) expect(() => assertReportFits(streamed, 1_000_000)).not.toThrow();
    // Prepared in the background, every file is kept whole until issue 20 streams it to storage.
    expect(() => assertReportFits("csv", 50_001, { stored: true })).toThrow();
    expect(() => assertReportFits("pdf", 1_001, { stored: true })).toThrow();
  });
});

describe("a case's public edition", () => {
  it("shows what an editor published, unchanged by later edits until another editor publishes again", async () => {
    const s = await setUp();
    await addToCase(s.members.EDITOR, {
      caseId: s.harem.id,
      member: { kind: "article", id: s.article.id, allClaims: true },
    });
    // Four eyes: the editor who changed the case does not publish it; a link needs an edition.
    const mine = await getCaseEdition(s.members.EDITOR, { caseId: s.harem.id });
    expect(mine).toMatchObject({ refusal: "fourEyes", next: { claimCount: 1 }, published: null });
    expect(
      await refusal(() =>
        publishCaseEdition(s.members.EDITOR, { caseId: s.harem.id, fingerprint: mine.next.fingerprint }),
      ),
    ).toMatchObject({ code: "FORBIDDEN", details: { reason: "caseFourEyes" } });
    expect(await refusal(() => createCaseLink(s.members.ADMIN, { caseId: s.harem.id }))).toMatchObject({
      code: "CONFLICT",
    });
    expect(
      (await refusal(() => publishCaseEdition(s.members.FACT_CHECKER, { caseId: s.harem.id, fingerprint: "x" }))).code,
    ).toBe("FORBIDDEN");
    const stranger = await createTeam(["ADMIN"]);
    expect(
      (await refusal(() => publishCaseEdition(stranger.members.ADMIN, { caseId: s.harem.id, fingerprint: "x" }))).code,
    ).toBe("NOT_FOUND");

    // Someone else's later change (a source, not in the edition) does not clear the editor's own.
    await addToCase(s.members.FACT_CHECKER, { caseId: s.harem.id, member: { kind: "source", id: s.source.id } });
    expect((await getCaseEdition(s.members.EDITOR, { caseId: s.harem.id })).refusal).toBe("fourEyes");
    // The fact-checker who opened the case named it: they may not publish it either (nor could they).
    expect((await db.case.findUniqueOrThrow({ where: { id: s.harem.id } })).editionChangedByIds.sort()).toEqual(
      [s.members.FACT_CHECKER.userId, s.members.EDITOR.userId].sort(),
    );
    const published = await publishCaseEdition(s.members.ADMIN, {
      caseId: s.harem.id,
      fingerprint: mine.next.fingerprint,
    });
    expect(published).toMatchObject({ published: { claimCount: 1 }, refusal: null });
    const link = await createCaseLink(s.members.ADMIN, { caseId: s.harem.id });
    const page = async () => {
      const rendered = await renderPublicCase(link.token, { page: 1, locale: "en" });
      if (rendered.kind !== "page") throw new Error(`expected the page, got ${rendered.kind}`);
      return rendered.html;
    };
    const first = await page();
    expect(first).toContain("Case: Harem camp operation");
    expect(first).toContain(`id="claim-${s.published.id}"`);
    // Only published claims: the one in review is not there.
    expect(first).not.toContain(s.inReview.id);

    // A rename, a new member and a correction in progress change nothing public.
    const current = await db.case.findUniqueOrThrow({ where: { id: s.harem.id } });
    await updateCase(s.members.FACT_CHECKER, {
      caseId: s.harem.id,
      version: current.version,
      title: "Renamed behind the editor's back",
      summary: "Oct 2025",
    });
    await addToCase(s.members.FACT_CHECKER, { caseId: s.harem.id, member: { kind: "claim", id: s.chosen.id } });
    const correcting = await transitionClaim(s.members.EDITOR, {
      claimId: s.published.id,
      version: s.published.version,
      action: "correct" as never,
      note: "Recount",
    });
    await updateClaim(s.members.FACT_CHECKER, {
      claimId: s.published.id,
      version: correcting.version,
      statement: "A draft correction nobody reviewed",
      details: correcting.details,
      claimantId: null,
      reportedViaId: null,
      claimedAt: null,
      assigneeId: null,
    });
    const after = await page();
    expect(after).toContain("Case: Harem camp operation");
    expect(after).not.toContain("Renamed behind");
    expect(after).not.toContain("A draft correction nobody reviewed");

    // A stale look is refused; the current one, published by an editor who did not make the changes, shows.
    const pending = await getCaseEdition(s.members.EDITOR, { caseId: s.harem.id });
    expect(pending.changes).toMatchObject({ titleChanged: true, added: 0 });
    expect(
      await refusal(() =>
        publishCaseEdition(s.members.EDITOR, { caseId: s.harem.id, fingerprint: mine.next.fingerprint }),
      ),
    ).toMatchObject({ code: "CONFLICT", details: { reason: "editionChanged" } });
    await publishCaseEdition(s.members.EDITOR, { caseId: s.harem.id, fingerprint: pending.next.fingerprint });
    expect(await page()).toContain("Case: Renamed behind the editor");

    await revokeCaseLink(s.members.EDITOR, { linkId: link.id });
    expect((await renderPublicCase(link.token, { page: 1, locale: "en" })).kind).toBe("gone");
    expect((await renderPublicCase("not-a-token", { page: 1, locale: "en" })).kind).toBe("gone");
  });
});
