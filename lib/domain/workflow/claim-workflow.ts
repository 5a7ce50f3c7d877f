/**
 * The review workflow, in one place: every status change in the product asks decideTransition.
 *
 *   NEW → IN_PROGRESS → IN_REVIEW → APPROVED → PUBLISHED → CORRECTED (→ CORRECTED …)
 *                 ↑  ↑       ↓  │                    └──────────┴─→ RETRACTED
 *                 │  └───────┼──┘ withdraw
 *                 └─ CHANGES_REQUESTED
 *
 * Who may do what comes from the permission table; the four-eyes rule says whoever makes a
 * verdict public (approve, publish, correct) is not the person who last changed it. From
 * IN_REVIEW on, a claim's content is frozen (canChangeContent): what a reviewer saw is what
 * gets published.
 */
import { PERMISSIONS, type Action, type Role } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { TClaimStatus } from "@/lib/schemas/claims";

export const WORKFLOW_ACTIONS = [
  "start",
  "submit",
  "approve",
  "requestChanges",
  "resume",
  "publish",
  "correct",
  "withdraw",
  "retract",
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
  publish: { from: ["APPROVED"], to: "PUBLISHED", permission: "claim.publish", needsRating: true, fourEyes: true },
  correct: {
    from: ["PUBLISHED", "CORRECTED"],
    to: "CORRECTED",
    permission: "claim.correct",
    needsRating: true,
    needsNote: true,
    fourEyes: true,
  },
  // The fact-checker takes their work back to change it; the editor is told why (the note).
  withdraw: { from: ["IN_REVIEW"], to: "IN_PROGRESS", permission: "claim.submit", needsNote: true },
  // A published claim never vanishes: it stays in public reports, marked retracted with the reason.
  retract: { from: ["PUBLISHED", "CORRECTED"], to: "RETRACTED", permission: "claim.retract", needsNote: true },
};

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
 * The steps to offer this person now: allowed for their role from this status, and not
 * refused by four eyes (nobody is offered Approve or Publish on their own verdict). The
 * other rules (a complete rating, a note) are checked on confirming, so the person learns
 * why a step is refused instead of wondering where the button went.
 */
export function availableActions(
  role: Role,
  claim: Pick<ClaimWorkflowState, "status"> & { ratedById?: string | null },
  actorId = "",
): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter((action) => {
    const refusal = decideTransition({
      action,
      role,
      actorId,
      claim: {
        status: claim.status,
        verdictId: "x",
        confidence: "x",
        rationale: "x",
        ratedById: claim.ratedById ?? null,
      },
      note: "x",
    });
    return refusal.ok;
  });
}

/** Whether four eyes keeps this person from the step (to say why Approve/Publish is not offered). */
export function blockedByFourEyes(
  action: WorkflowAction,
  claim: Pick<ClaimWorkflowState, "status" | "ratedById">,
  actorId: string,
): boolean {
  return Boolean(
    TRANSITIONS[action].fourEyes && TRANSITIONS[action].from.includes(claim.status) && claim.ratedById === actorId,
  );
}

export function canEditRating(role: Role, status: TClaimStatus): boolean {
  return canChangeContent(status, "rate", role).ok;
}

/** The kinds of change to a claim's content, each with the permission it needs. */
export const CONTENT_CHANGES = ["edit", "rate", "evidence", "link", "delete"] as const;
export type ContentChange = (typeof CONTENT_CHANGES)[number];

const CONTENT_PERMISSION: Readonly<Record<ContentChange, Action>> = {
  edit: "claim.update",
  rate: "rating.set",
  evidence: "evidence.manage",
  link: "claim.update",
  delete: "claim.delete",
};

/** Where the content is still open: before review, or sent back from it. */
const CONTENT_OPEN: readonly TClaimStatus[] = ["NEW", "IN_PROGRESS", "CHANGES_REQUESTED"];

/** Why a content change is refused: each reason tells the person what to do instead (see messages "errors"). */
export type ContentRefusal = "forbidden" | "frozenInReview" | "frozenApproved" | "frozenPublished" | "frozenRetracted";
export type ContentDecision = { ok: true } | { ok: false; reason: ContentRefusal };

const FROZEN_REASON: Readonly<Partial<Record<TClaimStatus, ContentRefusal>>> = {
  IN_REVIEW: "frozenInReview",
  APPROVED: "frozenApproved",
  PUBLISHED: "frozenPublished",
  CORRECTED: "frozenPublished",
  RETRACTED: "frozenRetracted",
};

/**
 * May this role make this change to a claim's content in this status? The role decides
 * first (a viewer is refused whatever the status); then the status: reviewed work is frozen.
 */
export function canChangeContent(status: TClaimStatus, change: ContentChange, role: Role): ContentDecision {
  if (!PERMISSIONS[role].has(CONTENT_PERMISSION[change])) return { ok: false, reason: "forbidden" };
  if (CONTENT_OPEN.includes(status)) return { ok: true };
  return { ok: false, reason: FROZEN_REASON[status] ?? "frozenInReview" };
}

/** canChangeContent as a guard for use cases: a refusal is an expected AppError the UI translates. */
export function assertContentEditable(status: TClaimStatus, change: ContentChange, role: Role): void {
  const decision = canChangeContent(status, change, role);
  if (decision.ok) return;
  if (decision.reason === "forbidden") throw new AppError("FORBIDDEN", `Role ${role} may not ${change} a claim`);
  throw new AppError("CLAIM_FROZEN", `Claim is ${status}`, { reason: decision.reason, status });
}
