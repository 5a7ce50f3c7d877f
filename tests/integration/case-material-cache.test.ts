import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addToCase } from "@/lib/server/cases/add-to-case";
import { createCase } from "@/lib/server/cases/create-case";
import { getCaseOverview } from "@/lib/server/cases/get-case-overview";
import { removeFromCase } from "@/lib/server/cases/remove-from-case";
import { countingStatements } from "./sql-counting";
import { addEntity, createArticle, createTeam, refusal } from "./support";

const statements = countingStatements();

/**
 * A case page reuses what it read while nothing it is made of changed, and shows every change at
 * the very next request: claims, their status and claimant's name, citations, sources, membership.
 */
describe("a case's material, kept between requests", () => {
  it("is read again after any change, and only then", async () => {
    const { team, members } = await createTeam();
    const checker = members.FACT_CHECKER;
    const article = await createArticle(team.id, "Harem operation");
    const revisionId = (await db.articleRevision.findFirstOrThrow({ where: { articleId: article.id } })).id;
    let offset = 0;
    const newClaim = () =>
      db.claim.create({
        data: {
          teamId: team.id,
          articleId: article.id,
          revisionId,
          type: "STATEMENT",
          startOffset: offset,
          endOffset: (offset += 1),
          exact: "x",
          prefix: "",
          suffix: "",
          statement: `Claim ${offset}`,
        },
      });
    const first = await newClaim();
    const harem = await createCase(checker, { title: "Harem" });
    await addToCase(checker, { caseId: harem.id, member: { kind: "article", id: article.id, allClaims: true } });
    const overview = () => getCaseOverview(members.VIEWER, { caseId: harem.id });

    const cold = await statements(overview);
    const warm = await statements(overview);
    expect(warm.result).toEqual(cold.result);
    expect(warm.statements).toBeLessThan(cold.statements);

    // A claim split later in the article.
    await newClaim();
    expect((await overview()).figures.claims).toBe(2);
    // A status change.
    await db.claim.update({ where: { id: first.id }, data: { status: "IN_REVIEW" } });
    expect((await overview()).byStatus.find((group) => group.status === "IN_REVIEW")?.count).toBe(1);
    // A claimant, then renamed.
    const sohr = await addEntity(checker, { name: "SOHR", kind: "ORGANIZATION" });
    await db.claim.update({ where: { id: first.id }, data: { claimantId: sohr.id } });
    expect((await overview()).byClaimant.map((group) => group.claimant?.name)).toContain("SOHR");
    await db.entity.update({ where: { id: sohr.id }, data: { name: "Syrian Observatory" } });
    expect((await overview()).byClaimant.map((group) => group.claimant?.name)).toContain("Syrian Observatory");
    // A citation, then its source's title.
    const source = await db.source.create({ data: { teamId: team.id, title: "AFP dispatch", kind: "NEWS_REPORT" } });
    await db.evidence.create({
      data: { teamId: team.id, claimId: first.id, sourceId: source.id, stance: "SUPPORTS" },
    });
    expect((await overview()).origins.totalSources).toBe(1);
    await db.source.update({ where: { id: source.id }, data: { title: "AFP, corrected" } });
    expect(JSON.stringify((await overview()).origins)).toContain("AFP, corrected");
    // The article taken out of the case.
    await removeFromCase(checker, { caseId: harem.id, member: { kind: "article", id: article.id } });
    expect((await overview()).figures.claims).toBe(0);

    // Another team's member never reaches the kept copy.
    const stranger = (await createTeam(["VIEWER"])).members.VIEWER;
    expect((await refusal(() => getCaseOverview(stranger, { caseId: harem.id }))).code).toBe("NOT_FOUND");
  });
});
