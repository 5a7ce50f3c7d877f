import { describe, expect, it } from "vitest";
import type { Member } from "@/lib/auth/member";
import { db } from "@/lib/db";
import { buildReport } from "@/lib/domain/reports/report-model";
import { renderMarkdown } from "@/lib/export/markdown";
import { bulkTransitionClaims } from "@/lib/server/claims/bulk-transition-claims";
import type { ClaimDto } from "@/lib/server/claims/claim-dto";
import { createClaim } from "@/lib/server/claims/create-claim";
import { deleteClaim } from "@/lib/server/claims/delete-claim";
import { linkSameClaim } from "@/lib/server/claims/link-same-claim";
import { loadClaim } from "@/lib/server/claims/load-claim";
import { updateClaim } from "@/lib/server/claims/update-claim";
import { attachEvidence } from "@/lib/server/evidence/attach-evidence";
import { removeEvidence } from "@/lib/server/evidence/remove-evidence";
import { updateEvidence } from "@/lib/server/evidence/update-evidence";
import { listNotifications } from "@/lib/server/notifications/list-notifications";
import { loadArticleReportInput } from "@/lib/server/reports/load-report-input";
import { setUpClaimStages, type ClaimStages } from "./claim-stages";
import { refusal } from "./support";

/** Every content change a fact-checker (or anyone) could try on a claim and its citation. */
function contentChanges(s: ClaimStages, claim: ClaimDto, evidence: { id: string; version: number }) {
  const ref = { claimId: claim.id, version: claim.version };
  return {
    update: (m: Member) =>
      updateClaim(m, {
        ...ref,
        statement: "Nobody was killed.",
        details: { type: "EVENT" },
        claimantId: null,
        reportedViaId: null,
        claimedAt: null,
        assigneeId: null,
      }),
    rate: (m: Member) => s.rate(m, claim, "TRUE"),
    attach: (m: Member) =>
      attachEvidence(m, {
        claimId: claim.id,
        sourceId: s.spare.id,
        stance: "SUPPORTS",
        passage: null,
        credibility: 1,
        note: null,
      }),
    updateEvidence: (m: Member) =>
      updateEvidence(m, {
        evidenceId: evidence.id,
        version: evidence.version,
        stance: "SUPPORTS",
        passage: null,
        credibility: 1,
        note: null,
      }),
    removeEvidence: (m: Member) => removeEvidence(m, { evidenceId: evidence.id, version: evidence.version }),
    link: async (m: Member) => {
      const other = await s.span(46, 66);
      return linkSameClaim(m, { ...ref, sameAsId: other.id, carryVerdict: false, note: "Same." });
    },
    delete: (m: Member) => deleteClaim(m, ref),
  };
}

async function snapshot(claimId: string) {
  const claim = await db.claim.findUniqueOrThrow({ where: { id: claimId }, include: { evidence: true } });
  return { claim, auditEvents: await db.auditEvent.count({ where: { entityId: claimId } }) };
}

describe("reviewed work is frozen", () => {
  it("in review, no content change goes through, for anyone; each says why and changes nothing", async () => {
    const s = await setUpClaimStages();
    const { claim, evidence } = await s.claimAt("IN_REVIEW");
    const before = await snapshot(claim.id);
    for (const [name, change] of Object.entries(contentChanges(s, claim, evidence))) {
      for (const member of [s.members.FACT_CHECKER, s.members.EDITOR, s.members.ADMIN]) {
        const error = await refusal(() => change(member));
        expect({ name, code: error.code, reason: error.details?.reason }).toEqual({
          name,
          code: "CLAIM_FROZEN",
          reason: "frozenInReview",
        });
      }
    }
    expect(await snapshot(claim.id)).toEqual(before);
  });

  it("an editor may still reassign an in-review claim; a fact-checker may not assign at all", async () => {
    const s = await setUpClaimStages();
    const { claim } = await s.claimAt("IN_REVIEW");
    const fields = {
      statement: claim.statement,
      details: claim.details,
      claimantId: null,
      reportedViaId: null,
      claimedAt: null,
    };
    const ref = { claimId: claim.id, version: claim.version };
    const error = await refusal(() =>
      updateClaim(s.members.FACT_CHECKER, { ...ref, ...fields, assigneeId: s.members.EDITOR.userId }),
    );
    expect(error.code).toBe("FORBIDDEN");
    const reassigned = await updateClaim(s.members.EDITOR, {
      ...ref,
      ...fields,
      assigneeId: s.members.FACT_CHECKER.userId,
    });
    expect(reassigned).toMatchObject({ status: "IN_REVIEW", assignee: { id: s.members.FACT_CHECKER.userId } });
    const created = await refusal(() =>
      createClaim(s.members.FACT_CHECKER, {
        articleId: s.article.id,
        revisionId: claim.revisionId,
        start: 46,
        end: 66,
        statement: "",
        details: { type: "EVENT" },
        assigneeId: s.members.EDITOR.userId,
      } as never),
    );
    expect(created.code).toBe("FORBIDDEN");
  });

  it("the fact-checker withdraws it with a note, back to IN_PROGRESS, and the editors are told", async () => {
    const s = await setUpClaimStages();
    const { claim } = await s.claimAt("IN_REVIEW");
    expect((await refusal(() => s.step(s.members.FACT_CHECKER, claim, "withdraw", " "))).details?.reason).toBe(
      "noteRequired",
    );
    const withdrawn = await s.step(s.members.FACT_CHECKER, claim, "withdraw", "The toll was revised to six.");
    expect(withdrawn.status).toBe("IN_PROGRESS");
    for (const role of ["EDITOR", "ADMIN"] as const) {
      const inbox = await listNotifications(s.members[role]);
      expect(inbox.withdrawn.map((item) => item.claim.id)).toEqual([claim.id]);
      expect(inbox.withdrawn[0]).toMatchObject({ actor: s.members.FACT_CHECKER.name, read: false });
    }
    expect((await listNotifications(s.members.FACT_CHECKER)).withdrawn).toEqual([]);
    // And now it can be edited again.
    expect(await s.rate(s.members.FACT_CHECKER, withdrawn, "MISLEADING")).toMatchObject({
      verdict: { key: "MISLEADING" },
    });
  });

  it.each(["APPROVED", "PUBLISHED"] as const)(
    "%s claims cannot be edited or deleted, by editors either",
    async (stage) => {
      const s = await setUpClaimStages();
      const { claim, evidence } = await s.claimAt(stage);
      const before = await snapshot(claim.id);
      const reason = stage === "APPROVED" ? "frozenApproved" : "frozenPublished";
      for (const change of Object.values(contentChanges(s, claim, evidence)))
        for (const member of [s.members.FACT_CHECKER, s.members.EDITOR, s.members.ADMIN])
          expect((await refusal(() => change(member))).details?.reason).toBe(reason);
      expect(await snapshot(claim.id)).toEqual(before);
    },
  );
});

describe("retraction", () => {
  it("needs an editor and a note, and the claim stays in the public report marked retracted", async () => {
    const s = await setUpClaimStages();
    const { claim, evidence } = await s.claimAt("PUBLISHED");
    expect((await refusal(() => s.step(s.members.FACT_CHECKER, claim, "retract", "Wrong."))).code).toBe("FORBIDDEN");
    expect((await refusal(() => s.step(s.members.EDITOR, claim, "retract", ""))).details?.reason).toBe("noteRequired");
    const retracted = await s.step(s.members.EDITOR, claim, "retract", "The quoted statement was fabricated.");
    expect(retracted).toMatchObject({ status: "RETRACTED", retractionNote: "The quoted statement was fabricated." });
    expect(retracted.retractedAt).not.toBeNull();
    expect(
      (await refusal(() => deleteClaim(s.members.EDITOR, { claimId: claim.id, version: retracted.version }))).details
        ?.reason,
    ).toBe("frozenRetracted");
    expect(evidence.id).toBeTruthy();

    const report = buildReport(await loadArticleReportInput(s.team.id, s.article.id, { publishedOnly: true }));
    expect(report.claims).toHaveLength(1);
    expect(report.claims[0]).toMatchObject({
      id: claim.id,
      status: "RETRACTED",
      retraction: { retractedAt: retracted.retractedAt, note: "The quoted statement was fabricated." },
    });
    const markdown = renderMarkdown(report);
    // Markdown escapes hyphens and full stops in text.
    const day = retracted.retractedAt!.slice(0, 10).replaceAll("-", "\\-");
    expect(markdown).toContain(`**Retracted on ${day} —** The quoted statement was fabricated\\.`);
  });
});

describe("four eyes wherever a verdict becomes public", () => {
  it("refuses approve and publish to whoever changed the verdict last", async () => {
    const s = await setUpClaimStages();
    let claim = await s.rate(s.members.EDITOR, await s.span(0, 45));
    claim = await s.step(s.members.EDITOR, claim, "submit");
    expect((await refusal(() => s.step(s.members.EDITOR, claim, "approve"))).details?.reason).toBe("fourEyes");
    claim = await s.step(s.members.ADMIN, claim, "approve");
    expect((await refusal(() => s.step(s.members.EDITOR, claim, "publish"))).details?.reason).toBe("fourEyes");
    expect(await s.step(s.members.ADMIN, claim, "publish")).toMatchObject({ status: "PUBLISHED" });
  });

  it("the editor who changes a verdict in a correction cannot approve or publish it", async () => {
    const s = await setUpClaimStages();
    const { claim: published } = await s.claimAt("PUBLISHED");
    let claim = await s.step(s.members.EDITOR, published, "correct", "Toll revised.");
    claim = await s.rate(s.members.EDITOR, claim, "MISLEADING");
    claim = await s.step(s.members.EDITOR, claim, "submit");
    expect((await refusal(() => s.step(s.members.EDITOR, claim, "approve"))).details?.reason).toBe("fourEyes");
    claim = await s.step(s.members.ADMIN, claim, "approve");
    expect((await refusal(() => s.step(s.members.EDITOR, claim, "publish"))).details?.reason).toBe("fourEyes");
    expect(await s.step(s.members.ADMIN, claim, "publish")).toMatchObject({ status: "CORRECTED", publishedVersion: 2 });
  });

  it("bulk approve and publish refuse the whole batch when one verdict is the actor's own", async () => {
    const s = await setUpClaimStages();
    const mine = await s.step(s.members.EDITOR, await s.rate(s.members.EDITOR, await s.span(0, 45)), "submit");
    const theirs = await s.step(
      s.members.FACT_CHECKER,
      await s.rate(s.members.FACT_CHECKER, await s.span(46, 66)),
      "submit",
    );
    const batch = [mine, theirs].map((claim) => ({ claimId: claim.id, version: claim.version }));
    const error = await refusal(() =>
      bulkTransitionClaims(s.members.EDITOR, { claims: batch, action: "approve", note: "" }),
    );
    expect(error.details).toMatchObject({
      reason: "bulkRefused",
      failures: [{ claimId: mine.id, reason: "fourEyes" }],
    });
    expect((await loadClaim(s.team.id, theirs.id)).status).toBe("IN_REVIEW");

    await bulkTransitionClaims(s.members.ADMIN, { claims: batch, action: "approve", note: "" });
    const approved = await Promise.all(batch.map(({ claimId }) => loadClaim(s.team.id, claimId)));
    const publishBatch = approved.map((claim) => ({ claimId: claim.id, version: claim.version }));
    const publishError = await refusal(() =>
      bulkTransitionClaims(s.members.EDITOR, { claims: publishBatch, action: "publish", note: "" }),
    );
    expect(publishError.details).toMatchObject({ failures: [{ claimId: mine.id, reason: "fourEyes" }] });
  });
});
