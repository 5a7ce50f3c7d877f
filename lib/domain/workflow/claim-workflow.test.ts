import { describe, expect, it } from "vitest";
import { ROLES, type Role } from "@/lib/auth/permissions";
import { CLAIM_STATUSES, type TClaimStatus } from "@/lib/schemas/claims";
import {
  availableActions,
  blockedByFourEyes,
  canChangeContent,
  canEditRating,
  CONTENT_CHANGES,
  type ContentChange,
  decideTransition,
  TRANSITIONS,
  WORKFLOW_ACTIONS,
  type ClaimWorkflowState,
  type WorkflowAction,
} from "./claim-workflow";

const RATER = "user-rater";
const OTHER = "user-other";
const rated = (status: TClaimStatus): ClaimWorkflowState => ({
  status,
  verdictId: "label-false",
  confidence: "HIGH",
  rationale: "AFP found no casualties.",
  ratedById: RATER,
  // Published, by status; a correction draft (published, in another status) is tested apart.
  published: ["PUBLISHED", "CORRECTED", "RETRACTED"].includes(status),
});

/** What each role may do, by action: the table the product promises. */
const ALLOWED: Record<WorkflowAction, readonly Role[]> = {
  start: ["FACT_CHECKER", "EDITOR", "ADMIN"],
  submit: ["FACT_CHECKER", "EDITOR", "ADMIN"],
  approve: ["EDITOR", "ADMIN"],
  requestChanges: ["EDITOR", "ADMIN"],
  resume: ["FACT_CHECKER", "EDITOR", "ADMIN"],
  publish: ["EDITOR", "ADMIN"],
  correct: ["EDITOR", "ADMIN"],
  withdraw: ["FACT_CHECKER", "EDITOR", "ADMIN"],
  retract: ["EDITOR", "ADMIN"],
};

const EXPECTED_TARGET: Record<WorkflowAction, TClaimStatus> = {
  start: "IN_PROGRESS",
  submit: "IN_REVIEW",
  approve: "APPROVED",
  requestChanges: "CHANGES_REQUESTED",
  resume: "IN_PROGRESS",
  publish: "PUBLISHED",
  correct: "IN_PROGRESS",
  withdraw: "IN_PROGRESS",
  retract: "RETRACTED",
};

describe("decideTransition, every action × role × status", () => {
  for (const action of WORKFLOW_ACTIONS) {
    for (const role of ROLES) {
      for (const status of CLAIM_STATUSES) {
        it(`${action} by ${role} from ${status}`, () => {
          const decision = decideTransition({ action, role, actorId: OTHER, claim: rated(status), note: "A note" });
          if (!ALLOWED[action].includes(role)) expect(decision).toEqual({ ok: false, reason: "forbidden" });
          else if (
            !TRANSITIONS[action].from.includes(status) ||
            (TRANSITIONS[action].needsPublication && !rated(status).published)
          )
            expect(decision).toEqual({ ok: false, reason: "notAllowedFrom" });
          else expect(decision).toEqual({ ok: true, to: EXPECTED_TARGET[action] });
        });
      }
    }
  }
});

describe("the rules beyond the table", () => {
  it("lets nobody approve a claim whose verdict they changed last (four eyes), editors and admins included", () => {
    for (const role of ["EDITOR", "ADMIN"] as const) {
      expect(decideTransition({ action: "approve", role, actorId: RATER, claim: rated("IN_REVIEW") })).toEqual({
        ok: false,
        reason: "fourEyes",
      });
      expect(decideTransition({ action: "approve", role, actorId: OTHER, claim: rated("IN_REVIEW") })).toEqual({
        ok: true,
        to: "APPROVED",
      });
    }
  });

  it.each([
    ["no verdict", { verdictId: null }],
    ["no confidence", { confidence: null }],
    ["no rationale", { rationale: "  " }],
  ])("refuses to submit with %s", (_label, missing) => {
    const claim = { ...rated("IN_PROGRESS"), ...missing };
    expect(decideTransition({ action: "submit", role: "FACT_CHECKER", actorId: RATER, claim })).toEqual({
      ok: false,
      reason: "ratingIncomplete",
    });
  });

  it("requires a note to request changes and to correct a published claim", () => {
    expect(
      decideTransition({
        action: "requestChanges",
        role: "EDITOR",
        actorId: OTHER,
        claim: rated("IN_REVIEW"),
        note: "",
      }),
    ).toEqual({ ok: false, reason: "noteRequired" });
    expect(decideTransition({ action: "correct", role: "EDITOR", actorId: OTHER, claim: rated("PUBLISHED") })).toEqual({
      ok: false,
      reason: "noteRequired",
    });
  });

  it("a fact-checker can never reach APPROVED or PUBLISHED", () => {
    for (const status of CLAIM_STATUSES) {
      const targets = availableActions("FACT_CHECKER", rated(status)).map((action) => TRANSITIONS[action].to);
      expect(targets).not.toContain("APPROVED");
      expect(targets).not.toContain("PUBLISHED");
    }
  });

  it("offers each role the steps its role allows from the current status", () => {
    expect(availableActions("EDITOR", rated("IN_REVIEW"), OTHER)).toEqual(["approve", "requestChanges", "withdraw"]);
    expect(availableActions("FACT_CHECKER", rated("IN_REVIEW"))).toEqual(["withdraw"]);
    expect(availableActions("EDITOR", rated("PUBLISHED"), OTHER)).toEqual(["correct", "retract"]);
    expect(availableActions("FACT_CHECKER", rated("PUBLISHED"))).toEqual([]);
    expect(availableActions("FACT_CHECKER", { status: "IN_PROGRESS" })).toEqual(["submit"]);
    expect(availableActions("VIEWER", rated("NEW"))).toEqual([]);
  });

  it("locks the rating once submitted; after publication only a correction changes it", () => {
    expect(CLAIM_STATUSES.filter((status) => canEditRating("FACT_CHECKER", status))).toEqual([
      "NEW",
      "IN_PROGRESS",
      "CHANGES_REQUESTED",
    ]);
    expect(canEditRating("VIEWER", "NEW")).toBe(false);
  });
});

/** Who may make each kind of content change at all (the permission table), before the status has its say. */
const CONTENT_ALLOWED: Record<ContentChange, readonly Role[]> = {
  edit: ["FACT_CHECKER", "EDITOR", "ADMIN"],
  rate: ["FACT_CHECKER", "EDITOR", "ADMIN"],
  evidence: ["FACT_CHECKER", "EDITOR", "ADMIN"],
  link: ["FACT_CHECKER", "EDITOR", "ADMIN"],
  delete: ["FACT_CHECKER", "EDITOR", "ADMIN"],
};

/** What each status says about content changes: open, or frozen with the reason the person reads. */
const CONTENT_BY_STATUS: Record<TClaimStatus, "open" | string> = {
  NEW: "open",
  IN_PROGRESS: "open",
  CHANGES_REQUESTED: "open",
  IN_REVIEW: "frozenInReview",
  APPROVED: "frozenApproved",
  PUBLISHED: "frozenPublished",
  CORRECTED: "frozenPublished",
  RETRACTED: "frozenRetracted",
};

describe("canChangeContent, every status × change × role", () => {
  for (const status of CLAIM_STATUSES) {
    for (const change of CONTENT_CHANGES) {
      for (const role of ROLES) {
        it(`${change} by ${role} in ${status}`, () => {
          const decision = canChangeContent(status, change, role);
          if (!CONTENT_ALLOWED[change].includes(role)) expect(decision).toEqual({ ok: false, reason: "forbidden" });
          else if (CONTENT_BY_STATUS[status] === "open") expect(decision).toEqual({ ok: true });
          else expect(decision).toEqual({ ok: false, reason: CONTENT_BY_STATUS[status] });
        });
      }
    }
  }
});

describe("four eyes wherever a verdict becomes public", () => {
  it.each([
    ["approve", "IN_REVIEW"],
    ["publish", "APPROVED"],
  ] as const)("refuses to %s one's own verdict, and does not offer it", (action, status) => {
    const claim = rated(status);
    expect(decideTransition({ action, role: "EDITOR", actorId: RATER, claim, note: "n" })).toEqual({
      ok: false,
      reason: "fourEyes",
    });
    expect(availableActions("EDITOR", claim, RATER)).not.toContain(action);
    expect(blockedByFourEyes(action, claim, RATER)).toBe(true);
    expect(availableActions("EDITOR", claim, OTHER)).toContain(action);
    expect(blockedByFourEyes(action, claim, OTHER)).toBe(false);
  });
});

describe("withdraw and retract", () => {
  it("needs a note to withdraw from review, and goes back to IN_PROGRESS", () => {
    const claim = rated("IN_REVIEW");
    expect(decideTransition({ action: "withdraw", role: "FACT_CHECKER", actorId: RATER, claim })).toEqual({
      ok: false,
      reason: "noteRequired",
    });
    expect(
      decideTransition({ action: "withdraw", role: "FACT_CHECKER", actorId: RATER, claim, note: "Wrong toll" }),
    ).toEqual({ ok: true, to: "IN_PROGRESS" });
  });

  it("lets only editors retract a published or corrected claim, with a note", () => {
    for (const status of ["PUBLISHED", "CORRECTED"] as const) {
      const claim = rated(status);
      expect(decideTransition({ action: "retract", role: "FACT_CHECKER", actorId: OTHER, claim, note: "x" })).toEqual({
        ok: false,
        reason: "forbidden",
      });
      expect(decideTransition({ action: "retract", role: "EDITOR", actorId: OTHER, claim })).toEqual({
        ok: false,
        reason: "noteRequired",
      });
      expect(
        decideTransition({ action: "retract", role: "EDITOR", actorId: OTHER, claim, note: "Fabricated" }),
      ).toEqual({ ok: true, to: "RETRACTED" });
    }
    expect(availableActions("EDITOR", rated("RETRACTED"), OTHER)).toEqual([]);
  });
});

describe("corrections are reviewed work", () => {
  const draft = (status: TClaimStatus): ClaimWorkflowState => ({ ...rated(status), published: true });

  it("opening a correction reopens the published claim as a draft, whoever rated it", () => {
    for (const actorId of [RATER, OTHER])
      expect(
        decideTransition({
          action: "correct",
          role: "EDITOR",
          actorId,
          claim: rated("CORRECTED"),
          note: "Toll revised",
        }),
      ).toEqual({ ok: true, to: "IN_PROGRESS" });
  });

  it("goes through submit and four-eyed approval like a first version, and publishes as CORRECTED", () => {
    expect(
      decideTransition({ action: "submit", role: "FACT_CHECKER", actorId: RATER, claim: draft("IN_PROGRESS") }),
    ).toEqual({ ok: true, to: "IN_REVIEW" });
    expect(decideTransition({ action: "approve", role: "EDITOR", actorId: RATER, claim: draft("IN_REVIEW") })).toEqual({
      ok: false,
      reason: "fourEyes",
    });
    expect(decideTransition({ action: "publish", role: "EDITOR", actorId: OTHER, claim: draft("APPROVED") })).toEqual({
      ok: true,
      to: "CORRECTED",
    });
  });

  it("keeps retraction open while a correction is drafted, and never lets a published claim be deleted", () => {
    for (const status of ["IN_PROGRESS", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED"] as const) {
      expect(availableActions("EDITOR", draft(status), OTHER)).toContain("retract");
      expect(availableActions("EDITOR", rated(status), OTHER)).not.toContain("retract");
    }
    expect(canChangeContent("IN_PROGRESS", "edit", "FACT_CHECKER", true)).toEqual({ ok: true });
    expect(canChangeContent("IN_PROGRESS", "delete", "EDITOR", true)).toEqual({ ok: false, reason: "frozenPublished" });
  });
});
