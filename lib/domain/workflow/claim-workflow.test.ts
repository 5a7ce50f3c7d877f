import { describe, expect, it } from "vitest";
import { ROLES, type Role } from "@/lib/auth/permissions";
import { CLAIM_STATUSES, type TClaimStatus } from "@/lib/schemas/claims";
import {
  availableActions,
  canEditRating,
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
};

const EXPECTED_TARGET: Record<WorkflowAction, TClaimStatus> = {
  start: "IN_PROGRESS",
  submit: "IN_REVIEW",
  approve: "APPROVED",
  requestChanges: "CHANGES_REQUESTED",
  resume: "IN_PROGRESS",
  publish: "PUBLISHED",
  correct: "CORRECTED",
};

describe("decideTransition, every action × role × status", () => {
  for (const action of WORKFLOW_ACTIONS) {
    for (const role of ROLES) {
      for (const status of CLAIM_STATUSES) {
        it(`${action} by ${role} from ${status}`, () => {
          const decision = decideTransition({ action, role, actorId: OTHER, claim: rated(status), note: "A note" });
          if (!ALLOWED[action].includes(role)) expect(decision).toEqual({ ok: false, reason: "forbidden" });
          else if (!TRANSITIONS[action].from.includes(status))
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
    expect(
      decideTransition({
        action: "correct",
        role: "EDITOR",
        actorId: RATER,
        claim: rated("CORRECTED"),
        note: "Toll revised",
      }),
    ).toEqual({ ok: true, to: "CORRECTED" });
  });

  it("a fact-checker can never reach APPROVED or PUBLISHED", () => {
    for (const status of CLAIM_STATUSES) {
      const targets = availableActions("FACT_CHECKER", rated(status)).map((action) => TRANSITIONS[action].to);
      expect(targets).not.toContain("APPROVED");
      expect(targets).not.toContain("PUBLISHED");
    }
  });

  it("offers each role the steps its role allows from the current status", () => {
    expect(availableActions("EDITOR", rated("IN_REVIEW"))).toEqual(["approve", "requestChanges"]);
    expect(availableActions("FACT_CHECKER", rated("IN_REVIEW"))).toEqual([]);
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
