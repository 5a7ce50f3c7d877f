import { describe, expect, it } from "vitest";
import { ROLES } from "@/lib/auth/permissions";
import { ANCHOR_STATUSES, CLAIM_STATUSES, type TAnchorStatus, type TClaimStatus } from "@/lib/schemas/claims";
import {
  anchorBlocksPublication,
  anchorBlocksTransition,
  assertReanchorable,
  canAcknowledgeAnchor,
  canChangeContent,
  canReanchor,
  WORKFLOW_ACTIONS,
} from "./claim-workflow";

const ack = { note: "The publisher removed the sentence; the claim was made on air and stands." };
const OPEN: readonly TClaimStatus[] = ["NEW", "IN_PROGRESS", "CHANGES_REQUESTED"];
const BROKEN: readonly TAnchorStatus[] = ["FUZZY", "ORPHANED"];

describe("anchorBlocksPublication", () => {
  it("blocks a claim whose quote changed or vanished, until it is acknowledged", () => {
    for (const anchorStatus of ANCHOR_STATUSES) {
      const broken = BROKEN.includes(anchorStatus);
      expect(anchorBlocksPublication({ anchorStatus, anchorAcknowledgement: null })).toBe(broken);
      expect(anchorBlocksPublication({ anchorStatus, anchorAcknowledgement: ack })).toBe(false);
    }
  });

  it("guards approve and publish, and no other step", () => {
    const orphan = { anchorStatus: "ORPHANED" as const, anchorAcknowledgement: null };
    const blocked = WORKFLOW_ACTIONS.filter((action) => anchorBlocksTransition(action, orphan));
    expect(blocked).toEqual(["approve", "publish"]);
    expect(anchorBlocksTransition("approve", { ...orphan, anchorStatus: "MOVED" })).toBe(false);
  });
});

describe("canReanchor", () => {
  it("follows the content rule for a sound anchor: open statuses only", () => {
    for (const status of CLAIM_STATUSES)
      for (const role of ROLES)
        for (const anchorStatus of ["ANCHORED", "MOVED"] as const)
          expect(canReanchor(status, anchorStatus, role)).toEqual(canChangeContent(status, "edit", role));
  });

  it("mends a broken anchor in any status but retracted, for anyone who may edit claims", () => {
    for (const status of CLAIM_STATUSES)
      for (const role of ROLES)
        for (const anchorStatus of BROKEN) {
          const decision = canReanchor(status, anchorStatus, role);
          if (role === "VIEWER") expect(decision).toEqual({ ok: false, reason: "forbidden" });
          else if (status === "RETRACTED") expect(decision).toEqual({ ok: false, reason: "frozenRetracted" });
          else expect(decision).toEqual({ ok: true });
        }
  });

  it("refuses as the content guard does: a frozen claim is an expected error with its reason", () => {
    expect(() => assertReanchorable("PUBLISHED", "ANCHORED", "EDITOR")).toThrow(
      expect.objectContaining({ code: "CLAIM_FROZEN", details: { reason: "frozenPublished", status: "PUBLISHED" } }),
    );
    expect(() => assertReanchorable("IN_PROGRESS", "ANCHORED", "VIEWER")).toThrow(
      expect.objectContaining({ code: "FORBIDDEN" }),
    );
    expect(() => assertReanchorable("PUBLISHED", "ORPHANED", "FACT_CHECKER")).not.toThrow();
    for (const status of OPEN) expect(() => assertReanchorable(status, "ANCHORED", "FACT_CHECKER")).not.toThrow();
  });
});

describe("canAcknowledgeAnchor", () => {
  it("only for a broken anchor, never on a retracted claim, never for a viewer", () => {
    expect(canAcknowledgeAnchor("PUBLISHED", "ORPHANED", "FACT_CHECKER")).toEqual({ ok: true });
    expect(canAcknowledgeAnchor("IN_REVIEW", "FUZZY", "EDITOR")).toEqual({ ok: true });
    expect(canAcknowledgeAnchor("IN_REVIEW", "MOVED", "EDITOR")).toEqual({ ok: false, reason: "anchorNotBroken" });
    expect(canAcknowledgeAnchor("RETRACTED", "ORPHANED", "EDITOR")).toEqual({ ok: false, reason: "frozenRetracted" });
    expect(canAcknowledgeAnchor("NEW", "ORPHANED", "VIEWER")).toEqual({ ok: false, reason: "forbidden" });
  });
});
