import { describe, expect, it } from "vitest";
import type { Member } from "@/lib/auth/member";
import { db } from "@/lib/db";
import { addComment } from "@/lib/server/comments/add-comment";
import { listComments } from "@/lib/server/comments/list-comments";
import { bulkTransitionClaims } from "@/lib/server/claims/bulk-transition-claims";
import { createClaim } from "@/lib/server/claims/create-claim";
import { getClaimHistory } from "@/lib/server/claims/get-claim-history";
import { listReviewQueue } from "@/lib/server/claims/list-review-queue";
import { rateClaim } from "@/lib/server/claims/rate-claim";
import { transitionClaim } from "@/lib/server/claims/transition-claim";
import { updateClaim } from "@/lib/server/claims/update-claim";
import { getDashboard } from "@/lib/server/dashboard/get-dashboard";
import { listNotifications } from "@/lib/server/notifications/list-notifications";
import { markNotificationsRead } from "@/lib/server/notifications/mark-notifications-read";
import { listRatingScale } from "@/lib/server/ratings/list-rating-scale";
import { deleteRatingLabel, retireRatingLabel, saveRatingLabel } from "@/lib/server/ratings/save-rating-label";
import { createArticle, createTeam } from "./support";

async function newClaim(member: Member, teamId: string) {
  const article = await createArticle(teamId, "Al-Sharaa promised France to end the presence of French jihadists");
  const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId: article.id } });
  return createClaim(member, {
    articleId: article.id,
    revisionId: revision.id,
    start: 0,
    end: 30,
    statement: "",
    details: { type: "PROMISE", promise: { followUp: "PENDING" } },
  } as never);
}

async function verdict(member: Member, key: string) {
  return (await listRatingScale(member)).find((label) => label.key === key)!.id;
}

const RATIONALE = "Both the presidency and French officials confirmed the commitment.";

describe("rating and review", () => {
  it("keeps verdict and confidence apart, refuses submission without them, and enforces roles and four eyes", async () => {
    const { team, members } = await createTeam(["FACT_CHECKER", "EDITOR", "ADMIN"]);
    const claim = await newClaim(members.FACT_CHECKER, team.id);
    expect((await listRatingScale(members.FACT_CHECKER)).map((label) => label.key)).toEqual([
      "TRUE",
      "MOSTLY_TRUE",
      "MIXED",
      "MOSTLY_FALSE",
      "FALSE",
      "MISLEADING",
      "UNPROVEN",
    ]);

    const half = await rateClaim(members.FACT_CHECKER, {
      claimId: claim.id,
      version: claim.version,
      verdictId: await verdict(members.FACT_CHECKER, "MOSTLY_TRUE"),
      confidence: null,
      rationale: "",
    });
    expect(half).toMatchObject({
      status: "IN_PROGRESS",
      verdict: { key: "MOSTLY_TRUE", ratingValue: 4 },
      confidence: null,
      ratedBy: { id: members.FACT_CHECKER.userId },
    });
    await expect(
      transitionClaim(members.FACT_CHECKER, { claimId: claim.id, version: half.version, action: "submit", note: "" }),
    ).rejects.toMatchObject({ code: "CONFLICT", details: { reason: "ratingIncomplete" } });

    const rated = await rateClaim(members.FACT_CHECKER, {
      claimId: claim.id,
      version: half.version,
      verdictId: half.verdict!.id,
      confidence: "MODERATE",
      rationale: RATIONALE,
    });
    const submitted = await transitionClaim(members.FACT_CHECKER, {
      claimId: claim.id,
      version: rated.version,
      action: "submit",
      note: "",
    });
    expect(submitted).toMatchObject({ status: "IN_REVIEW", submittedAt: expect.any(String) });
    await expect(
      rateClaim(members.FACT_CHECKER, {
        claimId: claim.id,
        version: submitted.version,
        verdictId: null,
        confidence: null,
        rationale: "",
      }),
    ).rejects.toMatchObject({ code: "CLAIM_FROZEN", details: { reason: "frozenInReview" } });
    await expect(
      transitionClaim(members.FACT_CHECKER, {
        claimId: claim.id,
        version: submitted.version,
        action: "approve",
        note: "",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });

    const approved = await transitionClaim(members.EDITOR, {
      claimId: claim.id,
      version: submitted.version,
      action: "approve",
      note: "Checked the Élysée readout.",
    });
    expect(approved).toMatchObject({ status: "APPROVED", reviewedBy: { id: members.EDITOR.userId } });
    const published = await transitionClaim(members.EDITOR, {
      claimId: claim.id,
      version: approved.version,
      action: "publish",
      note: "",
    });
    expect(published).toMatchObject({ status: "PUBLISHED", publishedAt: expect.any(String) });

    // The editor who changes the verdict may not approve it themselves.
    const second = await newClaim(members.FACT_CHECKER, team.id);
    const editorRated = await rateClaim(members.EDITOR, {
      claimId: second.id,
      version: second.version,
      verdictId: await verdict(members.EDITOR, "FALSE"),
      confidence: "HIGH",
      rationale: RATIONALE,
    });
    const inReview = await transitionClaim(members.EDITOR, {
      claimId: second.id,
      version: editorRated.version,
      action: "submit",
      note: "",
    });
    await expect(
      transitionClaim(members.EDITOR, { claimId: second.id, version: inReview.version, action: "approve", note: "" }),
    ).rejects.toMatchObject({ details: { reason: "fourEyes" } });
    await expect(
      transitionClaim(members.ADMIN, {
        claimId: second.id,
        version: inReview.version,
        action: "requestChanges",
        note: "",
      }),
    ).rejects.toMatchObject({ details: { reason: "noteRequired" } });
    expect(
      await transitionClaim(members.ADMIN, {
        claimId: second.id,
        version: inReview.version,
        action: "approve",
        note: "",
      }),
    ).toMatchObject({ status: "APPROVED" });
  });

  it("a correction after publication needs a note, reopens the claim as a draft, and keeps the history", async () => {
    const { team, members } = await createTeam(["FACT_CHECKER", "EDITOR"]);
    let claim = await newClaim(members.FACT_CHECKER, team.id);
    claim = await rateClaim(members.FACT_CHECKER, {
      claimId: claim.id,
      version: claim.version,
      verdictId: await verdict(members.FACT_CHECKER, "TRUE"),
      confidence: "HIGH",
      rationale: RATIONALE,
    });
    for (const [who, action] of [
      [members.FACT_CHECKER, "submit"],
      [members.EDITOR, "approve"],
      [members.EDITOR, "publish"],
    ] as const) {
      claim = await transitionClaim(who, { claimId: claim.id, version: claim.version, action, note: "" });
    }
    await expect(
      transitionClaim(members.EDITOR, { claimId: claim.id, version: claim.version, action: "correct", note: " " }),
    ).rejects.toMatchObject({ details: { reason: "noteRequired" } });
    const reopened = await transitionClaim(members.EDITOR, {
      claimId: claim.id,
      version: claim.version,
      action: "correct",
      note: "The promise was made in Paris, not Damascus.",
    });
    // A correction is a draft of the next version: back in progress, the first version still public.
    expect(reopened).toMatchObject({
      status: "IN_PROGRESS",
      publishedVersion: 1,
      correctionNote: "The promise was made in Paris, not Damascus.",
      verdict: { key: "TRUE" },
    });
    const history = (await getClaimHistory(members.EDITOR, claim.id)).items;
    const entry = history.find((item) => item.action === "claim.correct")!;
    expect(entry.note).toBe("The promise was made in Paris, not Damascus.");
    expect(entry.changes).toEqual(
      expect.arrayContaining([
        {
          label: "history.fields.status",
          from: { kind: "term", key: "claims.status.PUBLISHED" },
          to: { kind: "term", key: "claims.status.IN_PROGRESS" },
        },
      ]),
    );
    expect(history.map((item) => item.action)).toEqual([
      "claim.create",
      "claim.rate",
      "claim.submit",
      "claim.approve",
      "claim.publish",
      "claim.correct",
    ]);
  });

  it("bulk actions are all-or-nothing and list every refusal", async () => {
    const { team, members } = await createTeam(["FACT_CHECKER", "EDITOR"]);
    const ready = [];
    for (let index = 0; index < 3; index += 1) {
      let claim = await newClaim(members.FACT_CHECKER, team.id);
      claim = await rateClaim(members.FACT_CHECKER, {
        claimId: claim.id,
        version: claim.version,
        verdictId: await verdict(members.FACT_CHECKER, "MIXED"),
        confidence: "LOW",
        rationale: RATIONALE,
      });
      ready.push(
        await transitionClaim(members.FACT_CHECKER, {
          claimId: claim.id,
          version: claim.version,
          action: "submit",
          note: "",
        }),
      );
    }
    const notInReview = await newClaim(members.FACT_CHECKER, team.id);
    const batch = [...ready, notInReview].map((claim) => ({ claimId: claim.id, version: claim.version }));
    await expect(
      bulkTransitionClaims(members.EDITOR, { claims: batch, action: "approve", note: "" }),
    ).rejects.toMatchObject({
      details: { reason: "bulkRefused", failures: [{ claimId: notInReview.id, reason: "notAllowedFrom" }] },
    });
    expect(await db.claim.count({ where: { id: { in: ready.map((claim) => claim.id) }, status: "APPROVED" } })).toBe(0);
    expect((await listReviewQueue(members.EDITOR)).items.map((item) => item.claim.id)).toEqual(
      ready.map((claim) => claim.id),
    );

    expect(
      await bulkTransitionClaims(members.EDITOR, { claims: batch.slice(0, 3), action: "approve", note: "" }),
    ).toEqual({ count: 3 });
    expect(await db.claim.count({ where: { id: { in: ready.map((claim) => claim.id) }, status: "APPROVED" } })).toBe(3);
    const dashboard = await getDashboard(members.EDITOR);
    expect(dashboard.statusCounts.find((row) => row.status === "APPROVED")!.count).toBe(3);
    expect(dashboard.verdicts.find((row) => row.key === "MIXED")!.count).toBe(3);
    expect(dashboard.checkedPerDay.at(-1)!.count).toBe(3);
  });
});

describe("concurrency", () => {
  it("20 concurrent updates of one claim, 50 times: each succeeds with version + 1 or is refused, and nothing is lost", async () => {
    const { team, members } = await createTeam(["FACT_CHECKER"]);
    const claim = await newClaim(members.FACT_CHECKER, team.id);
    let successes = 0;
    for (let round = 0; round < 50; round += 1) {
      const { version } = await db.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { version: true } });
      const results = await Promise.allSettled(
        Array.from({ length: 20 }, (_, writer) =>
          updateClaim(members.FACT_CHECKER, {
            claimId: claim.id,
            version,
            statement: `round ${round} writer ${writer}`,
            details: claim.details,
            claimantId: null,
            reportedViaId: null,
            claimedAt: null,
            assigneeId: null,
          }),
        ),
      );
      for (const result of results) {
        if (result.status === "fulfilled") {
          expect(result.value.version).toBe(version + 1);
          successes += 1;
        } else {
          expect(result.reason).toMatchObject({ code: "STALE_VERSION" });
        }
      }
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    }
    const final = await db.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { version: true } });
    expect(final.version - claim.version).toBe(successes);
    expect(successes).toBe(50);
    expect(await db.auditEvent.count({ where: { entityId: claim.id, action: "claim.update" } })).toBe(successes);
  });
});

describe("comments, mentions and the inbox", () => {
  it("notifies mentioned members and assignees, with unread counts", async () => {
    const { team, members } = await createTeam(["FACT_CHECKER", "EDITOR", "ADMIN"]);
    const claim = await newClaim(members.FACT_CHECKER, team.id);
    const editor = await db.user.findUniqueOrThrow({ where: { id: members.EDITOR.userId } });
    const root = await addComment(members.FACT_CHECKER, {
      claimId: claim.id,
      parentId: null,
      body: `@${editor.name} can you check the Élysée readout?`,
    });
    expect(root.mentioned).toEqual([editor.name]);
    await addComment(members.EDITOR, { claimId: claim.id, parentId: root.id, body: "On it." });
    const threads = await listComments(team.id, claim.id);
    expect(threads).toHaveLength(1);
    expect(threads[0]!.replies.map((reply) => reply.body)).toEqual(["On it."]);

    // Assigning is an editor's right (claim.assign): the admin hands the claim to the editor.
    await updateClaim(members.ADMIN, {
      claimId: claim.id,
      version: claim.version,
      statement: claim.statement,
      details: claim.details,
      claimantId: null,
      reportedViaId: null,
      claimedAt: null,
      assigneeId: members.EDITOR.userId,
    });
    const inbox = await listNotifications(members.EDITOR);
    expect(inbox.unread).toEqual({ mentions: 1, review: 0, comments: 0, assigned: 1, withdrawn: 0 });
    expect(inbox.mentions[0]).toMatchObject({
      actor: expect.stringContaining("FACT_CHECKER"),
      claim: { id: claim.id },
      excerpt: expect.stringContaining("Élysée"),
    });
    await markNotificationsRead(members.EDITOR, { kind: "MENTION" });
    expect((await listNotifications(members.EDITOR)).unread).toEqual({
      mentions: 0,
      review: 0,
      comments: 0,
      assigned: 1,
      withdrawn: 0,
    });
    expect((await listNotifications(members.FACT_CHECKER)).unread).toEqual({
      mentions: 0,
      review: 0,
      comments: 0,
      assigned: 0,
      withdrawn: 0,
    });
  });
});

describe("the team's rating scale", () => {
  it("can be extended and renamed by an admin; a label in use is retired, not deleted", async () => {
    const { team, members } = await createTeam(["ADMIN", "FACT_CHECKER", "EDITOR"]);
    await expect(
      saveRatingLabel(members.EDITOR, { name: "Satire", nameAr: null, color: "#123456", ratingValue: null }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const { labelId } = await saveRatingLabel(members.ADMIN, {
      name: "Needs context",
      nameAr: "يحتاج سياقاً",
      color: "#0EA5E9",
      ratingValue: null,
    });
    const scale = await listRatingScale(members.ADMIN);
    expect(scale.at(-1)).toMatchObject({ id: labelId, key: "NEEDS_CONTEXT", color: "#0ea5e9", position: 7 });

    const claim = await newClaim(members.FACT_CHECKER, team.id);
    await rateClaim(members.FACT_CHECKER, {
      claimId: claim.id,
      version: claim.version,
      verdictId: labelId,
      confidence: "LOW",
      rationale: "",
    });
    await expect(deleteRatingLabel(members.ADMIN, { labelId })).rejects.toMatchObject({
      details: { reason: "labelInUse" },
    });
    await retireRatingLabel(members.ADMIN, { labelId, retired: true });
    const other = await newClaim(members.FACT_CHECKER, team.id);
    await expect(
      rateClaim(members.FACT_CHECKER, {
        claimId: other.id,
        version: other.version,
        verdictId: labelId,
        confidence: null,
        rationale: "",
      }),
    ).rejects.toMatchObject({ details: { reason: "retiredVerdict" } });
    const unused = await saveRatingLabel(members.ADMIN, {
      name: "Typo",
      nameAr: null,
      color: "#000000",
      ratingValue: 3,
    });
    await deleteRatingLabel(members.ADMIN, { labelId: unused.labelId });
    expect((await listRatingScale(members.ADMIN)).map((label) => label.key)).not.toContain("TYPO");
  });
});
