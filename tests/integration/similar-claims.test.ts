import { describe, expect, it } from "vitest";
import type { Member } from "@/lib/auth/member";
import { db } from "@/lib/db";
import { createClaim } from "@/lib/server/claims/create-claim";
import { ZFindCheckedMatchesInput } from "@/lib/schemas/checked-matches";
import { rateClaim } from "@/lib/server/claims/rate-claim";
import { listRatingScale } from "@/lib/server/ratings/list-rating-scale";
import { findCheckedMatchesForArticle } from "@/lib/server/search/find-checked-matches-for-article";
import { findSimilarClaims } from "@/lib/server/search/find-similar-claims";
import { addEntity, createArticle, createTeam, refusal } from "./support";

const ARABIC =
  "وأشار قائد الأمن الداخلي في محافظة إدلب العميد غسان باكير إلى أن قيادة الأمن الداخلي سعت إلى التفاوض مع المتزعّم لتسليم نفسه، إلا أنّه رفض وتحصّن داخل المخيم.";
const ENGLISH = "Bakir said talks for his surrender failed and he barricaded himself inside the camp.";

async function claimOn(
  member: Member,
  text: string,
  fields: { type?: string; claimantId?: string | null; claimedAt?: string | null; statement?: string } = {},
) {
  const article = await createArticle(member.teamId, text);
  const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId: article.id } });
  return createClaim(member, {
    articleId: article.id,
    revisionId: revision.id,
    start: 0,
    end: text.length,
    statement: fields.statement ?? "",
    details: { type: fields.type ?? "STATEMENT" },
    claimantId: fields.claimantId ?? null,
    claimedAt: fields.claimedAt ?? null,
  } as never);
}

describe("similar claims across languages", () => {
  it("match an English report of Bakir's statement to the Arabic one, with the reasons, and nothing of another team", async () => {
    const { members } = await createTeam(["FACT_CHECKER"]);
    const fc = members.FACT_CHECKER;
    const bakir = await addEntity(fc, { name: "Ghassan Bakir", arabicName: "غسان باكير", aliases: ["Bakir"] });
    const arabic = await claimOn(fc, ARABIC, { claimantId: bakir.id, claimedAt: "2025-10-22T08:00:00Z" });
    const english = await claimOn(fc, ENGLISH, { claimantId: bakir.id, claimedAt: "2025-10-23T09:30:00Z" });
    // Bakir again, the same day, about something else: another claim of the same briefing.
    const other = await claimOn(fc, "Bakir promised new housing for the families within a week.", {
      type: "PROMISE",
      claimantId: bakir.id,
      claimedAt: "2025-10-22T08:00:00Z",
    });

    const similar = await findSimilarClaims(fc, { claimId: english.id });
    expect(similar.map((claim) => claim.id)).toEqual([arabic.id]);
    expect(similar[0]).toMatchObject({ reasons: ["SAME_CLAIMANT", "SAME_TYPE"], daysApart: 1 });
    expect((await findSimilarClaims(fc, { claimId: arabic.id })).map((claim) => claim.id)).toEqual([english.id]);
    expect((await findSimilarClaims(fc, { claimId: other.id })).map((claim) => claim.id)).toEqual([]);

    // Another team's member learns nothing of the claim, not even that it exists.
    const outsider = (await createTeam(["FACT_CHECKER"])).members.FACT_CHECKER;
    expect(await refusal(() => findSimilarClaims(outsider, { claimId: english.id }))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await refusal(() => findSimilarClaims(outsider, { claimId: "not-a-uuid" }))).toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("match the same toll told through different outlets by its figures, in any digits, and the entity it names", async () => {
    const { members } = await createTeam(["FACT_CHECKER"]);
    const fc = members.FACT_CHECKER;
    const sohr = await addEntity(fc, {
      name: "Syrian Observatory for Human Rights",
      arabicName: "المرصد السوري لحقوق الإنسان",
      kind: "ORGANIZATION",
      aliases: ["SOHR"],
    });
    const arabic = await claimOn(fc, "قتل ١٢ شخصاً وأصيب ٣٤ آخرون في قصف على سوق معرة النعمان", {
      type: "CASUALTY_REPORT",
      claimantId: sohr.id,
    });
    const english = await claimOn(fc, "SOHR says 12 people were killed and 34 wounded when the market was shelled", {
      type: "CASUALTY_REPORT",
    });
    const similar = await findSimilarClaims(fc, { claimId: arabic.id });
    expect(similar.map((claim) => claim.id)).toEqual([english.id]);
    expect(similar[0]!.reasons).toEqual(expect.arrayContaining(["SHARED_ENTITY", "SAME_TYPE", "SAME_NUMBERS"]));
  });
});

describe("already checked, across languages", () => {
  it("offers the rated Arabic claim for an English suggestion whose speaker and type were guessed", async () => {
    const { members } = await createTeam(["FACT_CHECKER"]);
    const fc = members.FACT_CHECKER;
    const bakir = await addEntity(fc, { name: "Ghassan Bakir", arabicName: "غسان باكير" });
    const arabic = await claimOn(fc, ARABIC, { claimantId: bakir.id, claimedAt: new Date().toISOString() });
    const verdictId = (await listRatingScale(fc)).find((label) => label.key === "MOSTLY_TRUE")!.id;
    await rateClaim(fc, { claimId: arabic.id, version: arabic.version, verdictId, confidence: "HIGH", rationale: "" });
    const english = await createArticle(fc.teamId, ENGLISH);

    const ask = (hints?: { type: "STATEMENT"; claimantId: string | null }[]) =>
      findCheckedMatchesForArticle(
        fc,
        ZFindCheckedMatchesInput.parse({ articleId: english.id, quotes: [ENGLISH], hints }),
      );
    // Wording alone cannot tell: no words in common.
    expect(await ask()).toEqual([null]);
    const [match] = await ask([{ type: "STATEMENT", claimantId: bakir.id }]);
    expect(match).toMatchObject({
      claimId: arabic.id,
      verdict: { key: "MOSTLY_TRUE" },
      reasons: ["SAME_CLAIMANT", "SAME_TYPE"],
    });

    // Another team's entity id finds nothing of this team, and one hint per quote is required.
    const outsider = (await createTeam(["FACT_CHECKER"])).members.FACT_CHECKER;
    const theirArticle = await createArticle(outsider.teamId, ENGLISH);
    expect(
      await findCheckedMatchesForArticle(outsider, {
        articleId: theirArticle.id,
        quotes: [ENGLISH],
        hints: [{ type: "STATEMENT", claimantId: bakir.id }],
      }),
    ).toEqual([null]);
    expect(
      ZFindCheckedMatchesInput.safeParse({
        articleId: english.id,
        quotes: [ENGLISH, "x"],
        hints: [{ type: "STATEMENT", claimantId: null }],
      }).success,
    ).toBe(false);
  });
});
