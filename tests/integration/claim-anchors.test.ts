import { describe, expect, it } from "vitest";
import type { Member } from "@/lib/auth/member";
import { db } from "@/lib/db";
import { highlightOnCurrentRevision } from "@/lib/domain/claims/claim-highlights";
import { addRevision } from "@/lib/server/articles/add-revision";
import { getArticle } from "@/lib/server/articles/get-article";
import { getArticleRevision } from "@/lib/server/articles/get-article-revision";
import { acknowledgeClaimAnchor } from "@/lib/server/claims/acknowledge-claim-anchor";
import { bulkTransitionClaims } from "@/lib/server/claims/bulk-transition-claims";
import type { ClaimDto } from "@/lib/server/claims/claim-dto";
import { createClaim } from "@/lib/server/claims/create-claim";
import { listClaimsNeedingAttention } from "@/lib/server/claims/list-claims-needing-attention";
import { loadClaim } from "@/lib/server/claims/load-claim";
import { rateClaim } from "@/lib/server/claims/rate-claim";
import { reanchorClaim } from "@/lib/server/claims/reanchor-claim";
import { transitionClaim } from "@/lib/server/claims/transition-claim";
import { listRatingScale } from "@/lib/server/ratings/list-rating-scale";
import { auditEventsFor, createTeam, refusal } from "./support";

const OBSERVATORY = "وأكد المرصد السوري مقتل ثلاثة عناصر من قوات الأمن.";
const GOVERNMENT = "ونفت وزارة الداخلية ذلك في بيان رسمي.";
const TEXT = ["قالت مصادر محلية إن اشتباكات اندلعت مساء الأحد في المدينة.", OBSERVATORY, GOVERNMENT].join("\n\n");
/** The publisher's correction deletes the observatory's sentence. */
const CORRECTED = ["قالت مصادر محلية إن اشتباكات اندلعت مساء الأحد في المدينة.", GOVERNMENT].join("\n\n");

async function setUp() {
  const { team, members } = await createTeam();
  const outsider = (await createTeam(["ADMIN"])).members.ADMIN;
  const article = await db.article.create({
    data: {
      teamId: team.id,
      title: "اشتباكات",
      language: "ar",
      direction: "rtl",
      revisions: { create: { number: 1, text: TEXT, sha256: "0".repeat(64), origin: "PASTE" } },
    },
    include: { revisions: true },
  });
  const firstRevisionId = article.revisions[0]!.id;
  const claimOn = (words: string) =>
    createClaim(members.FACT_CHECKER, {
      articleId: article.id,
      revisionId: firstRevisionId,
      start: TEXT.indexOf(words),
      end: TEXT.indexOf(words) + words.length,
      statement: "",
      details: { type: "EVENT" },
    } as never);
  const verdictId = (await listRatingScale(members.EDITOR)).find((label) => label.key === "FALSE")!.id;
  const step = (member: Member, claim: ClaimDto, action: string, note = "") =>
    transitionClaim(member, { claimId: claim.id, version: claim.version, action: action as never, note });
  /** Rated by the fact-checker (editors pass four eyes) and taken to the stage. */
  async function claimAt(words: string, stage: "IN_REVIEW" | "APPROVED" | "PUBLISHED") {
    let claim = await claimOn(words);
    claim = await rateClaim(members.FACT_CHECKER, {
      claimId: claim.id,
      version: claim.version,
      verdictId,
      confidence: "HIGH",
      rationale: "No hospital recorded deaths that night.",
    });
    claim = await step(members.FACT_CHECKER, claim, "submit");
    if (stage !== "IN_REVIEW") claim = await step(members.EDITOR, claim, "approve");
    if (stage === "PUBLISHED") claim = await step(members.EDITOR, claim, "publish");
    return claim;
  }
  const correct = async (text = CORRECTED) => addRevision(members.FACT_CHECKER, { articleId: article.id, text });
  const reload = (claim: ClaimDto) => loadClaim(team.id, claim.id);
  return { team, members, outsider, article, firstRevisionId, claimOn, claimAt, step, correct, reload };
}

describe("a correction that deletes a claimed sentence", () => {
  it("orphans the claim: not highlighted on the new text, and approve is refused with a reason, changing nothing", async () => {
    const s = await setUp();
    const claim = await s.claimAt(OBSERVATORY, "IN_REVIEW");
    const revision = await s.correct();
    expect(revision.anchors).toMatchObject({ ORPHANED: 1 });

    const article = await getArticle(s.members.EDITOR, s.article.id);
    const orphan = article.claims.find((entry) => entry.id === claim.id)!;
    expect(orphan).toMatchObject({ anchorStatus: "ORPHANED", revisionId: s.firstRevisionId, exact: OBSERVATORY });
    // The stored offsets index the old text: drawn on the new one they fall on words the claim never quoted.
    expect(article.revision.text.slice(orphan.start, orphan.end)).not.toBe(OBSERVATORY);
    expect(highlightOnCurrentRevision(article.revision, { ...orphan, claimId: orphan.id })).toEqual({
      claimId: claim.id,
      shown: false,
      reason: "orphaned",
    });

    const refused = await refusal(() => s.step(s.members.EDITOR, orphan, "approve"));
    expect(refused).toMatchObject({ code: "CONFLICT", details: { reason: "anchorLost", claimId: claim.id } });
    const bulk = await refusal(() =>
      bulkTransitionClaims(s.members.EDITOR, {
        claims: [{ claimId: claim.id, version: orphan.version }],
        action: "approve",
        note: "",
      }),
    );
    expect(bulk.details).toMatchObject({
      reason: "bulkRefused",
      failures: [{ claimId: claim.id, reason: "anchorLost" }],
    });
    expect(await s.reload(claim)).toMatchObject({ status: "IN_REVIEW", version: orphan.version });
    expect((await auditEventsFor(claim.id)).map((event) => event.action)).not.toContain("claim.approve");
  });

  it("refuses publish too, for a claim approved before the correction", async () => {
    const s = await setUp();
    const claim = await s.claimAt(OBSERVATORY, "APPROVED");
    await s.correct();
    const orphan = await s.reload(claim);
    expect((await refusal(() => s.step(s.members.EDITOR, orphan, "publish"))).details?.reason).toBe("anchorLost");
    expect((await s.reload(claim)).status).toBe("APPROVED");
  });

  it("keeps approving claims whose quote survived the correction", async () => {
    const s = await setUp();
    const claim = await s.claimAt(GOVERNMENT, "IN_REVIEW");
    await s.correct();
    const moved = await s.reload(claim);
    expect(moved.anchorStatus).toBe("MOVED");
    expect((await s.step(s.members.EDITOR, moved, "approve")).status).toBe("APPROVED");
  });
});

describe("re-anchoring by selection", () => {
  it("gives an orphan in review its new place in the current text, with one audit event; then it can be approved", async () => {
    const s = await setUp();
    const claim = await s.claimAt(OBSERVATORY, "IN_REVIEW");
    const { revisionId } = await s.correct();
    const orphan = await s.reload(claim);
    const words = "ونفت وزارة الداخلية ذلك";
    const start = CORRECTED.indexOf(words);
    // A selection with spaces around it is tidied as the reader tidies it.
    const reanchored = await reanchorClaim(s.members.FACT_CHECKER, {
      claimId: claim.id,
      version: orphan.version,
      revisionId,
      start: start - 2,
      end: start + words.length,
    });
    expect(reanchored).toMatchObject({
      anchorStatus: "ANCHORED",
      revisionId,
      start,
      end: start + words.length,
      exact: words,
      status: "IN_REVIEW",
      version: orphan.version + 1,
      statement: orphan.statement,
      verdict: orphan.verdict,
    });
    expect(reanchored.suffix).toBe(CORRECTED.slice(start + words.length, start + words.length + 32));
    const events = (await auditEventsFor(claim.id)).filter((event) => event.action === "claim.reanchor");
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorId: s.members.FACT_CHECKER.userId,
      before: { exact: OBSERVATORY, anchorStatus: "ORPHANED" },
      after: { exact: words, anchorStatus: "ANCHORED", revision: 2 },
    });
    expect((await s.step(s.members.EDITOR, reanchored, "approve")).status).toBe("APPROVED");
  });

  it("refuses a stale version, an older revision, an empty selection and a sound anchor of reviewed work", async () => {
    const s = await setUp();
    const claim = await s.claimAt(OBSERVATORY, "IN_REVIEW");
    const sound = await s.claimAt(GOVERNMENT, "IN_REVIEW");
    const { revisionId } = await s.correct();
    const orphan = await s.reload(claim);
    const span = { start: 0, end: 10 };
    const call = (input: Partial<Parameters<typeof reanchorClaim>[1]>, member = s.members.FACT_CHECKER) =>
      refusal(() =>
        reanchorClaim(member, { claimId: claim.id, version: orphan.version, revisionId, ...span, ...input }),
      );
    expect((await call({ version: orphan.version - 1 })).code).toBe("STALE_VERSION");
    expect((await call({ revisionId: s.firstRevisionId })).details?.reason).toBe("revisionChanged");
    const space = CORRECTED.indexOf("\n\n");
    expect((await call({ start: space, end: space + 2 })).details?.reason).toBe("emptySelection");
    expect((await call({ end: CORRECTED.length + 1 })).details?.reason).toBe("spanOutsideText");
    const moved = await s.reload(sound);
    expect(
      await refusal(() =>
        reanchorClaim(s.members.FACT_CHECKER, { claimId: sound.id, version: moved.version, revisionId, ...span }),
      ),
    ).toMatchObject({ code: "CLAIM_FROZEN", details: { reason: "frozenInReview" } });
    expect(await s.reload(claim)).toMatchObject({ version: orphan.version, anchorStatus: "ORPHANED" });
  });

  it("is refused to a viewer and to another team, and on a retracted claim", async () => {
    const s = await setUp();
    const claim = await s.claimAt(OBSERVATORY, "PUBLISHED");
    const { revisionId } = await s.correct();
    const orphan = await s.reload(claim);
    const input = { claimId: claim.id, version: orphan.version, revisionId, start: 0, end: 10 };
    expect((await refusal(() => reanchorClaim(s.members.VIEWER, input))).code).toBe("FORBIDDEN");
    expect((await refusal(() => reanchorClaim(s.outsider, input))).code).toBe("NOT_FOUND");
    const retracted = await s.step(s.members.EDITOR, orphan, "retract", "The observatory withdrew its figure.");
    expect(
      await refusal(() => reanchorClaim(s.members.EDITOR, { ...input, version: retracted.version })),
    ).toMatchObject({ code: "CLAIM_FROZEN", details: { reason: "frozenRetracted" } });
  });
});

describe("acknowledging a lost quote", () => {
  it("needs a note and a lost anchor; then approve and publish go ahead, and the note stays with the claim", async () => {
    const s = await setUp();
    const claim = await s.claimAt(OBSERVATORY, "IN_REVIEW");
    const sound = await s.claimAt(GOVERNMENT, "IN_REVIEW");
    await s.correct();
    const orphan = await s.reload(claim);
    const note = "The publisher cut the sentence; the observatory's statement is on its own site and stands.";
    expect(
      (
        await refusal(() =>
          acknowledgeClaimAnchor(s.members.FACT_CHECKER, { claimId: claim.id, version: orphan.version, note: "  " }),
        )
      ).code,
    ).toBe("VALIDATION");
    const moved = await s.reload(sound);
    expect(
      await refusal(() =>
        acknowledgeClaimAnchor(s.members.FACT_CHECKER, { claimId: sound.id, version: moved.version, note }),
      ),
    ).toMatchObject({ code: "CONFLICT", details: { reason: "anchorNotBroken" } });

    const acknowledged = await acknowledgeClaimAnchor(s.members.FACT_CHECKER, {
      claimId: claim.id,
      version: orphan.version,
      note,
    });
    expect(acknowledged).toMatchObject({
      anchorStatus: "ORPHANED",
      exact: OBSERVATORY,
      version: orphan.version + 1,
      anchorAcknowledgement: { note, by: { id: s.members.FACT_CHECKER.userId } },
    });
    const events = (await auditEventsFor(claim.id)).filter((event) => event.action === "claim.acknowledgeAnchor");
    expect(events).toHaveLength(1);
    expect(events[0]!.after).toMatchObject({ anchorStatus: "ORPHANED", note });

    const approved = await s.step(s.members.EDITOR, acknowledged, "approve");
    expect((await s.step(s.members.EDITOR, approved, "publish")).status).toBe("PUBLISHED");
  });

  it("is refused to a viewer and to another team", async () => {
    const s = await setUp();
    const claim = await s.claimAt(OBSERVATORY, "IN_REVIEW");
    await s.correct();
    const input = { claimId: claim.id, version: (await s.reload(claim)).version, note: "Gone." };
    expect((await refusal(() => acknowledgeClaimAnchor(s.members.VIEWER, input))).code).toBe("FORBIDDEN");
    expect((await refusal(() => acknowledgeClaimAnchor(s.outsider, input))).code).toBe("NOT_FOUND");
    expect((await s.reload(claim)).anchorAcknowledgement).toBeNull();
  });

  it("holds while the quote stays lost, and is cleared when a later revision changes the anchor again", async () => {
    const s = await setUp();
    const claim = await s.claimAt(OBSERVATORY, "IN_REVIEW");
    await s.correct();
    let current = await s.reload(claim);
    await acknowledgeClaimAnchor(s.members.FACT_CHECKER, { claimId: claim.id, version: current.version, note: "Cut." });
    // Another correction elsewhere: still an orphan, still acknowledged.
    await s.correct(`${CORRECTED}\n\nتحديث: أعيد فتح الطرق.`);
    current = await s.reload(claim);
    expect(current).toMatchObject({ anchorStatus: "ORPHANED", anchorAcknowledgement: { note: "Cut." } });
    // The publisher restores the sentence: the claim is found again and needs no acknowledgement.
    await s.correct(TEXT);
    current = await s.reload(claim);
    expect(current.anchorStatus).not.toBe("ORPHANED");
    expect(current.anchorAcknowledgement).toBeNull();
  });
});

describe("the review queue's needs-attention list", () => {
  it("lists published claims whose anchor was lost until they are re-anchored or acknowledged, team-scoped", async () => {
    const s = await setUp();
    const lost = await s.claimAt(OBSERVATORY, "PUBLISHED");
    const kept = await s.claimAt(GOVERNMENT, "PUBLISHED");
    const inReview = await s.claimAt("اشتباكات اندلعت مساء الأحد", "IN_REVIEW");
    expect(await listClaimsNeedingAttention(s.members.EDITOR)).toEqual([]);
    const { revisionId } = await s.correct(CORRECTED.replace("اشتباكات اندلعت مساء الأحد", "مواجهات وقعت ليلة الأحد"));

    const ids = async (member: Member, filters = {}) =>
      (await listClaimsNeedingAttention(member, filters)).map((item) => item.claim.id);
    expect(await ids(s.members.VIEWER)).toEqual([lost.id]);
    expect(await ids(s.members.EDITOR, { articleId: s.article.id })).toEqual([lost.id]);
    expect(await ids(s.outsider)).toEqual([]);
    expect((await s.reload(kept)).anchorStatus).toBe("MOVED");
    expect(["FUZZY", "ORPHANED"]).toContain((await s.reload(inReview)).anchorStatus);

    // A fact-checker may mend a published claim's broken anchor: the revision broke it, not an edit.
    const orphan = await s.reload(lost);
    const words = "ونفت وزارة الداخلية";
    const start = (await getArticle(s.members.EDITOR, s.article.id)).revision.text.indexOf(words);
    const mended = await reanchorClaim(s.members.FACT_CHECKER, {
      claimId: lost.id,
      version: orphan.version,
      revisionId,
      start,
      end: start + words.length,
    });
    expect(mended).toMatchObject({ status: "PUBLISHED", anchorStatus: "ANCHORED", exact: words });
    expect(await ids(s.members.EDITOR)).toEqual([]);
  });
});

describe("reading an earlier revision", () => {
  it("shows the claims of that time where their quotes are, the orphan included; later claims are left out", async () => {
    const s = await setUp();
    const orphan = await s.claimOn(OBSERVATORY);
    const moved = await s.claimOn(GOVERNMENT);
    const { revisionId } = await s.correct();
    const later = await createClaim(s.members.FACT_CHECKER, {
      articleId: s.article.id,
      revisionId,
      start: 0,
      end: 16,
      statement: "",
      details: { type: "EVENT" },
    } as never);

    const view = await getArticleRevision(s.members.VIEWER, { articleId: s.article.id, revisionId: s.firstRevisionId });
    expect(view.revision).toMatchObject({ number: 1, text: TEXT });
    expect(view.currentRevisionId).toBe(revisionId);
    expect(view.replacedAt).not.toBeNull();
    expect(view.claims.map((claim) => claim.id)).toEqual([orphan.id, moved.id]);
    const byId = new Map(view.claims.map((claim) => [claim.id, claim.highlight]));
    expect(byId.get(orphan.id)).toMatchObject({ shown: true, locatedBy: "anchor", start: TEXT.indexOf(OBSERVATORY) });
    expect(byId.get(moved.id)).toMatchObject({ shown: true, locatedBy: "quote", start: TEXT.indexOf(GOVERNMENT) });
    expect(view.claims.some((claim) => claim.id === later.id)).toBe(false);

    expect(
      (await refusal(() => getArticleRevision(s.outsider, { articleId: s.article.id, revisionId: s.firstRevisionId })))
        .code,
    ).toBe("NOT_FOUND");
  });

  it("shows a claim re-anchored by hand since then where it was before, not on the words it was moved to", async () => {
    const s = await setUp();
    const claim = await s.claimOn(OBSERVATORY);
    const { revisionId } = await s.correct();
    const start = CORRECTED.indexOf(GOVERNMENT);
    await reanchorClaim(s.members.FACT_CHECKER, {
      claimId: claim.id,
      version: (await s.reload(claim)).version,
      revisionId,
      start,
      end: start + GOVERNMENT.length,
    });
    const view = await getArticleRevision(s.members.VIEWER, { articleId: s.article.id, revisionId: s.firstRevisionId });
    expect(view.claims).toEqual([
      expect.objectContaining({
        id: claim.id,
        exact: OBSERVATORY,
        highlight: expect.objectContaining({ shown: true, locatedBy: "anchor", start: TEXT.indexOf(OBSERVATORY) }),
      }),
    ]);
  });
});
