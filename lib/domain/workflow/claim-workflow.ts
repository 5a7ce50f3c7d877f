/**
 * The review workflow, in one place: every status change in the product asks decideTransition.
 *
 *   NEW → IN_PROGRESS → IN_REVIEW → APPROVED → PUBLISHED → CORRECTED (→ CORRECTED …)
 *                 ↑          ↓
 *                 └─ CHANGES_REQUESTED
 *
 * Who may do what comes from the permission table; the four-eyes rule says the approver is
 * not the person who last changed the verdict.
 */
import { PERMISSIONS, type Action, type Role } from "@/lib/auth/permissions";
import type { TClaimStatus } from "@/lib/schemas/claims";

export const WORKFLOW_ACTIONS = [
  "start",
  "submit",
  "approve",
  "requestChanges",
  "resume",
  "publish",
  "correct",
] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

interface Transition {
  from: readonly TClaimStatus[];
  to: TClaimStatus;
  permission: Action;
  needsRating?: boolean;
  needsNote?: boolean;
  fourEyes?: boolean;
}

export const TRANSITIONS: Readonly<Record<WorkflowAction, Transition>> = {
  start: { from: ["NEW"], to: "IN_PROGRESS", permission: "claim.update" },
  submit: { from: ["IN_PROGRESS"], to: "IN_REVIEW", permission: "claim.submit", needsRating: true },
  approve: { from: ["IN_REVIEW"], to: "APPROVED", permission: "claim.approve", needsRating: true, fourEyes: true },
  requestChanges: { from: ["IN_REVIEW"], to: "CHANGES_REQUESTED", permission: "claim.requestChanges", needsNote: true },
  resume: { from: ["CHANGES_REQUESTED"], to: "IN_PROGRESS", permission: "claim.update" },
  publish: { from: ["APPROVED"], to: "PUBLISHED", permission: "claim.publish", needsRating: true },
  correct: {
    from: ["PUBLISHED", "CORRECTED"],
    to: "CORRECTED",
    permission: "claim.correct",
    needsRating: true,
    needsNote: true,
  },
};

/** The statuses in which the rating can be edited directly; after publication only a correction changes it. */
const RATING_EDITABLE: readonly TClaimStatus[] = ["NEW", "IN_PROGRESS", "CHANGES_REQUESTED"];

export interface ClaimWorkflowState {
  status: TClaimStatus;
  verdictId: string | null;
  confidence: string | null;
  rationale: string | null;
  ratedById: string | null;
}

export interface TransitionRequest {
  action: WorkflowAction;
  role: Role;
  actorId: string;
  claim: ClaimWorkflowState;
  note?: string | null;
}

export type TransitionRefusal = "forbidden" | "notAllowedFrom" | "ratingIncomplete" | "fourEyes" | "noteRequired";
export type TransitionDecision = { ok: true; to: TClaimStatus } | { ok: false; reason: TransitionRefusal };

export function isRatingComplete(claim: Pick<ClaimWorkflowState, "verdictId" | "confidence" | "rationale">): boolean {
  return Boolean(claim.verdictId && claim.confidence && claim.rationale?.trim());
}

export function decideTransition(request: TransitionRequest): TransitionDecision {
  const transition = TRANSITIONS[request.action];
  if (!PERMISSIONS[request.role].has(transition.permission)) return { ok: false, reason: "forbidden" };
  if (!transition.from.includes(request.claim.status)) return { ok: false, reason: "notAllowedFrom" };
  if (transition.needsRating && !isRatingComplete(request.claim)) return { ok: false, reason: "ratingIncomplete" };
  if (transition.fourEyes && request.claim.ratedById === request.actorId) return { ok: false, reason: "fourEyes" };
  if (transition.needsNote && !request.note?.trim()) return { ok: false, reason: "noteRequired" };
  return { ok: true, to: transition.to };
}

/**
 * The steps to offer this person now: allowed for their role from this status. The other
 * rules (a complete rating, four eyes, a note) are checked on confirming, so the person
 * learns why a step is refused instead of wondering where the button went.
 */
export function availableActions(role: Role, claim: Pick<ClaimWorkflowState, "status">): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter((action) => {
    const refusal = decideTransition({
      action,
      role,
      actorId: "",
      claim: { status: claim.status, verdictId: "x", confidence: "x", rationale: "x", ratedById: null },
      note: "x",
    });
    return refusal.ok;
  });
}

export function canEditRating(role: Role, status: TClaimStatus): boolean {
  return PERMISSIONS[role].has("rating.set") && RATING_EDITABLE.includes(status);
}
