import { describe, expect, it } from "vitest";
import { WORKFLOW_ACTIONS } from "@/lib/domain/workflow/claim-workflow";
import { factCheckerNoticeFor, factCheckersOf, reviewerNoticeFor } from "./notice-recipients";

describe("who is told when work moves", () => {
  it("tells fact-checkers of review outcomes and reviewers of submissions, nobody of the rest", () => {
    const told = WORKFLOW_ACTIONS.map((action) => [
      action,
      factCheckerNoticeFor(action, false),
      factCheckerNoticeFor(action, true),
      reviewerNoticeFor(action),
    ]);
    expect(told).toEqual([
      ["start", null, null, null],
      ["submit", null, null, "SUBMITTED"],
      ["approve", "APPROVED", "APPROVED", null],
      ["requestChanges", "CHANGES_REQUESTED", "CHANGES_REQUESTED", null],
      ["resume", null, null, null],
      ["publish", "PUBLISHED", "CORRECTED", null],
      ["correct", null, null, null],
      ["withdraw", null, null, "WITHDRAWN"],
      ["retract", null, null, null],
    ]);
  });

  it("names the assignee and the rater once each, never the actor", () => {
    expect(factCheckersOf({ assigneeId: "a", ratedById: "r" }, "x")).toEqual(["a", "r"]);
    expect(factCheckersOf({ assigneeId: "a", ratedById: "a" }, "x")).toEqual(["a"]);
    expect(factCheckersOf({ assigneeId: "a", ratedById: "r" }, "r")).toEqual(["a"]);
    expect(factCheckersOf({ assigneeId: null, ratedById: null }, "x")).toEqual([]);
  });
});
