import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { buildReport, type Report } from "@/lib/domain/reports/report-model";
import { claimReviewsOf } from "@/lib/export/claimreview";
import { renderMarkdown } from "@/lib/export/markdown";
import { deleteClaim } from "@/lib/server/claims/delete-claim";
import { createEntity } from "@/lib/server/entities/create-entity";
import { updateEntity } from "@/lib/server/entities/update-entity";
import { getClaim } from "@/lib/server/claims/get-claim";
import { updateClaim } from "@/lib/server/claims/update-claim";
import { removeEvidence } from "@/lib/server/evidence/remove-evidence";
import { saveRatingLabel } from "@/lib/server/ratings/save-rating-label";
import { loadArticleReportInput } from "@/lib/server/reports/load-report-input";
import { setUpClaimStages, type ClaimStages } from "./claim-stages";
import { refusal } from "./support";

async function publicReport(s: ClaimStages): Promise<Report> {
  return buildReport(await loadArticleReportInput(s.team.id, s.article.id, { publishedOnly: true }));
}

describe("published versions", () => {
  it("freeze the verdict label as it read: renaming or recolouring the scale changes nothing published", async () => {
    const s = await setUpClaimStages();
    const { claim } = await s.claimAt("PUBLISHED");
    const before = await publicReport(s);
    expect(before.claims[0]!.rating.verdict).toMatchObject({
      key: "FALSE",
      name: "False",
      claimReview: { alternateName: "False", ratingValue: 1 },
    });

    const label = await db.ratingLabel.findFirstOrThrow({ where: { teamId: s.team.id, key: "FALSE" } });
    await saveRatingLabel(s.members.ADMIN, {
      labelId: label.id,
      version: label.version,
      name: "True",
      nameAr: "صحيح",
      color: "#00ff00",
      ratingValue: 5,
    });

    const after = await publicReport(s);
    expect(after.claims[0]!.rating).toEqual(before.claims[0]!.rating);
    expect(claimReviewsOf(after, () => "https://claims.example/r/x")[0]!.reviewRating).toMatchObject({
      alternateName: "False",
      ratingValue: 1,
    });
    // The legend shows today's scale; the claim keeps what was published.
    expect(after.ratingScale.find((entry) => entry.key === "FALSE")!.name).toBe("True");
    expect((await getClaim(s.members.VIEWER, claim.id)).publications).toMatchObject([
      { number: 1, verdict: { name: "False", color: label.color }, correctionNote: null },
    ]);
  });

  it("freeze entity names as they read, Arabic names included: renaming an entity changes nothing published", async () => {
    const s = await setUpClaimStages();
    const names = { kind: "ORGANIZATION" as const, description: null, aliases: [], sameAs: [] };
    const claimant = await createEntity(s.members.EDITOR, { ...names, name: "SOHR", arabicName: "المرصد السوري" });
    const origin = await createEntity(s.members.EDITOR, { ...names, name: "AFP", arabicName: "فرانس برس" });
    await db.source.update({ where: { id: s.source.id }, data: { originId: origin.id } });
    await s.claimAt("PUBLISHED", { claimantId: claimant.id });
    const before = await publicReport(s);
    expect(before.claims[0]!.claimant).toEqual({ name: "SOHR", nameAr: "المرصد السوري", kind: "ORGANIZATION" });
    expect(before.claims[0]!.evidence[0]!.source).toMatchObject({ origin: "AFP", originAr: "فرانس برس" });
    expect(renderMarkdown(before, { locale: "ar" })).toContain("المرصد السوري");

    for (const entity of [claimant, origin])
      await updateEntity(s.members.EDITOR, {
        ...names,
        entityId: entity.id,
        version: entity.version,
        name: `${entity.name} (renamed)`,
        arabicName: "اسم جديد",
      });
    const after = await publicReport(s);
    expect(after.claims[0]!.claimant).toEqual(before.claims[0]!.claimant);
    expect(after.claims[0]!.evidence).toEqual(before.claims[0]!.evidence);
    expect(renderMarkdown(after, { locale: "ar" })).not.toContain("اسم جديد");
  });

  it("a correction is drafted, rated and approved by someone else while the public record keeps version 1", async () => {
    const s = await setUpClaimStages();
    const { claim: published, evidence } = await s.claimAt("PUBLISHED");
    const original = await publicReport(s);

    expect((await refusal(() => s.step(s.members.FACT_CHECKER, published, "correct", "x"))).code).toBe("FORBIDDEN");
    let draft = await s.step(s.members.EDITOR, published, "correct", "The toll was revised by the ministry.");
    expect(draft).toMatchObject({ status: "IN_PROGRESS", publishedVersion: 1, verdict: { key: "FALSE" } });

    // The draft starts from the published version and is edited like any claim in progress.
    draft = await updateClaim(s.members.FACT_CHECKER, {
      claimId: draft.id,
      version: draft.version,
      statement: "Six people were killed, not five.",
      details: { type: "EVENT" },
      claimantId: null,
      reportedViaId: null,
      claimedAt: null,
      assigneeId: null,
    });
    await removeEvidence(s.members.FACT_CHECKER, { evidenceId: evidence.id, version: evidence.version });
    draft = await s.rate(s.members.FACT_CHECKER, await reload(s, draft.id), "MOSTLY_TRUE");
    // A claim that was ever public is never deleted, draft or not.
    expect(
      (await refusal(() => deleteClaim(s.members.EDITOR, { claimId: draft.id, version: draft.version }))).details
        ?.reason,
    ).toBe("frozenPublished");

    // Every public view still reads version 1.
    expect(await publicReport(s)).toEqual({ ...original, generatedAt: expect.any(String) });
    expect((await publicReport(s)).claims[0]).toMatchObject({
      status: "PUBLISHED",
      statement: original.claims[0]!.statement,
      corrections: [],
    });

    draft = await s.step(s.members.FACT_CHECKER, draft, "submit");
    expect((await publicReport(s)).claims[0]!.rating.verdict!.key).toBe("FALSE");
    expect((await refusal(() => s.step(s.members.FACT_CHECKER, draft, "approve"))).code).toBe("FORBIDDEN");
    draft = await s.step(s.members.EDITOR, draft, "approve");
    expect((await publicReport(s)).claims[0]!.rating.verdict!.key).toBe("FALSE");
    const corrected = await s.step(s.members.EDITOR, draft, "publish");
    expect(corrected).toMatchObject({ status: "CORRECTED", publishedVersion: 2, correctionNote: null });

    const report = await publicReport(s);
    expect(report.claims[0]).toMatchObject({
      status: "CORRECTED",
      statement: "Six people were killed, not five.",
      rating: { verdict: { key: "MOSTLY_TRUE" } },
      evidence: [],
      corrections: [{ note: "The toll was revised by the ministry.", previousVerdict: "False" }],
    });
    // First publication date stays; the correction has its own.
    expect(report.claims[0]!.review.publishedAt).toBe(original.claims[0]!.review.publishedAt);
    expect(renderMarkdown(report)).toContain("previously rated False");
    const versions = (await getClaim(s.members.EDITOR, published.id)).publications;
    expect(versions.map((version) => [version.number, version.verdict?.name, version.correctionNote])).toEqual([
      [1, "False", null],
      [2, "Mostly true", "The toll was revised by the ministry."],
    ]);
    expect(versions[1]!.publishedBy).toBe(s.members.EDITOR.name);
  });

  it("a published claim retracted during a correction shows its last published version, marked retracted", async () => {
    const s = await setUpClaimStages();
    const { claim } = await s.claimAt("PUBLISHED");
    let draft = await s.step(s.members.EDITOR, claim, "correct", "Checking the toll again.");
    draft = await s.rate(s.members.FACT_CHECKER, draft, "TRUE");
    const retracted = await s.step(s.members.EDITOR, draft, "retract", "The account was fabricated.");
    expect(retracted.status).toBe("RETRACTED");
    expect((await publicReport(s)).claims[0]).toMatchObject({
      status: "RETRACTED",
      rating: { verdict: { key: "FALSE" } },
      retraction: { note: "The account was fabricated." },
    });
  });

  it("only claims with a published version reach a public report", async () => {
    const s = await setUpClaimStages();
    await s.claimAt("APPROVED");
    expect((await publicReport(s)).claims).toEqual([]);
  });
});

async function reload(s: ClaimStages, claimId: string) {
  return (await getClaim(s.members.EDITOR, claimId)).claim;
}
