import { describe, expect, it } from "vitest";
import type { Member } from "@/lib/auth/member";
import { db } from "@/lib/db";
import { ZCreateSourceInput, ZUpdateSourceInput, type TCreateSourceInput } from "@/lib/schemas/sources";
import { createClaim } from "@/lib/server/claims/create-claim";
import { getClaim } from "@/lib/server/claims/get-claim";
import { attachEvidence } from "@/lib/server/evidence/attach-evidence";
import { runDueJobs } from "@/lib/server/jobs/job-worker";
import { loadArticleReportInput } from "@/lib/server/reports/load-report-input";
import { createSource } from "@/lib/server/sources/create-source";
import { getSource } from "@/lib/server/sources/get-source";
import { updateSource } from "@/lib/server/sources/update-source";
import { loopbackSite } from "./fixture-site";
import { addEntity, auditEventsFor, createArticle, createTeam } from "./support";

const site = loopbackSite({ allowInSsrfGuard: true });
const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${body}</p><p>${"Reporting continued from Idlib province overnight, with residents describing the scene. ".repeat(3)}</p></article></body></html>`;

const input = (fields: Partial<TCreateSourceInput>): TCreateSourceInput =>
  ZCreateSourceInput.parse({ kind: "NEWS_REPORT", ...fields });

async function teamWithOrigins() {
  const { team, members } = await createTeam(["FACT_CHECKER"]);
  const fc = members.FACT_CHECKER;
  const entity = (name: string, arabicName: string | null, aliases: string[]) =>
    addEntity(fc, { name, arabicName, kind: "ORGANIZATION", aliases });
  const afp = await entity("Agence France-Presse", "وكالة فرانس برس", ["AFP"]);
  const sohr = await entity("Syrian Observatory for Human Rights", "المرصد السوري لحقوق الإنسان", [
    "SOHR",
    "المرصد السوري",
  ]);
  return { team, fc, afp, sohr };
}

async function citeOnClaim(member: Member, teamId: string, sourceId: string) {
  const article = await createArticle(teamId, "Twelve people were killed in the camp on Tuesday.");
  const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId: article.id } });
  const claim = await createClaim(member, {
    articleId: article.id,
    revisionId: revision.id,
    start: 0,
    end: 30,
    statement: "",
    details: { type: "EVENT" },
  } as never);
  await attachEvidence(member, {
    claimId: claim.id,
    sourceId,
    stance: "SUPPORTS",
    passage: null,
    credibility: null,
    note: null,
  });
  return { claim, articleId: article.id };
}

describe("an origin guessed from the source's own words", () => {
  it("is read from a captured page, offered with its words, counted as guessed, and confirmed in one step", async () => {
    const { team, fc, afp } = await teamWithOrigins();
    site.serveHtml(
      "/toll",
      page("Toll rises in Idlib", "Twelve people were killed, a security official told AFP on Tuesday."),
    );
    const { source } = await createSource(fc, input({ url: `${site.base}/toll` }));
    await runDueJobs();
    const captured = (await getSource(fc, source.id)).source;
    expect(captured.origin).toBeNull();
    expect(captured.suggestedOrigin).toMatchObject({ id: afp.id, name: "Agence France-Presse", cue: "told AFP" });

    // On a claim, the guess counts the source under AFP, marked guessed; a report counts confirmed origins only.
    const { claim, articleId } = await citeOnClaim(fc, team.id, source.id);
    const corroboration = (await getClaim(fc, claim.id)).claim.corroboration;
    expect(corroboration.supports.independent).toMatchObject([{ label: "Agence France-Presse", guessed: true }]);
    const report = await loadArticleReportInput(team.id, articleId);
    expect(report.claims[0]!.evidence[0]!.originId).toBeNull();

    // Confirming it makes it the origin: no longer a suggestion, no longer guessed, audited.
    const confirmed = await updateSource(
      fc,
      ZUpdateSourceInput.parse({ ...captured, sourceId: source.id, originId: afp.id, version: captured.version }),
    );
    expect(confirmed.origin).toMatchObject({ id: afp.id });
    expect(confirmed.suggestedOrigin).toBeNull();
    expect((await getClaim(fc, claim.id)).claim.corroboration.supports.independent).toMatchObject([{ guessed: false }]);
    expect((await auditEventsFor(source.id)).map((event) => event.action)).toContain("source.update");
  });

  it("is read from notes written in Arabic, and never names another team's entity", async () => {
    const { fc, sohr } = await teamWithOrigins();
    const { source } = await createSource(
      fc,
      input({ title: "حصيلة قصف معرة النعمان", notes: "قتل 12 شخصاً وأصيب 34 آخرون بحسب المرصد السوري لحقوق الإنسان." }),
    );
    expect(source.suggestedOrigin).toMatchObject({ id: sohr.id, cue: "بحسب المرصد السوري لحقوق الإنسان" });

    // Another team has an "AFP" too; this team has none: nothing is guessed.
    const { members } = await createTeam(["FACT_CHECKER"]);
    const other = await createSource(
      members.FACT_CHECKER,
      input({ title: "Dispatch", notes: "according to AFP, 12 died" }),
    );
    expect(other.source.suggestedOrigin).toBeNull();
    // An origin set by hand is never second-guessed.
    const set = await createSource(fc, input({ title: "Set", originId: sohr.id, notes: "according to AFP, 12 died" }));
    expect(set.source.suggestedOrigin).toBeNull();
  });
});
