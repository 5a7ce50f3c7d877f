/**
 * The review workflow, in one place: every status change in the product asks decideTransition.
 *
 *   NEW → IN_PROGRESS ⇄ IN_REVIEW → APPROVED → PUBLISHED or CORRECTED → RETRACTED
 *            ↑   ↑ withdraw  │ request changes          │
 *            │   └── CHANGES_REQUESTED ←┘               │
 *            └────────── correct (a correction draft) ──┘
 *
 * Who may do what comes from the permission table; the four-eyes rule says whoever makes a
 * verdict public (approve, publish) is not the person who last changed it. From IN_REVIEW on, a
 * claim's content is frozen (canChangeContent): what a reviewer saw is what gets published.
 *
 * A correction is reviewed work like the first version: "correct" reopens a published claim as
 * a draft (IN_PROGRESS, with the reason), which is edited, rated, submitted and approved by
 * someone else; publishing it adds the next published version (CORRECTED). Until then the
 * public record shows the last published version (published-claim.ts), and the claim can still
 * be retracted.
 */
import { PERMISSIONS, type Action, type Role } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { TAnchorStatus, TClaimStatus } from "@/lib/schemas/claims";

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
  /** Only for a claim that has a published version (retracting what was never public means nothing). */
  needsPublication?: boolean;
  /** The status reached instead when the claim already has a published version. */
  toWhenPublished?: TClaimStatus;
}

/** Where a published claim can be while a correction of it is worked on. */
const CORRECTION_DRAFT: readonly TClaimStatus[] = ["IN_PROGRESS", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED"];

export const TRANSITIONS: Readonly<Record<WorkflowAction, Transition>> = {
  start: { from: ["NEW"], to: "IN_PROGRESS", permission: "claim.update" },
  submit: { from: ["IN_PROGRESS"], to: "IN_REVIEW", permission: "claim.submit", needsRating: true },
  approve: { from: ["IN_REVIEW"], to: "APPROVED", permission: "claim.approve", needsRating: true, fourEyes: true },
  requestChanges: { from: ["IN_REVIEW"], to: "CHANGES_REQUESTED", permission: "claim.requestChanges", needsNote: true },
  resume: { from: ["CHANGES_REQUESTED"], to: "IN_PROGRESS", permission: "claim.update" },
  publish: {
    from: ["APPROVED"],
    to: "PUBLISHED",
    toWhenPublished: "CORRECTED",
    permission: "claim.publish",
    needsRating: true,
    fourEyes: true,
  },
  // Opens a correction draft; the note says why, and is published with the corrected version.
  correct: { from: ["PUBLISHED", "CORRECTED"], to: "IN_PROGRESS", permission: "claim.correct", needsNote: true },
  // The fact-checker takes their work back to change it; the editor is told why (the note).
  withdraw: { from: ["IN_REVIEW"], to: "IN_PROGRESS", permission: "claim.submit", needsNote: true },
  // A published claim never vanishes: it stays in public reports, marked retracted with the reason.
  // A correction in progress does not keep an editor from retracting what is public.
  retract: {
    from: ["PUBLISHED", "CORRECTED", ...CORRECTION_DRAFT],
    to: "RETRACTED",
    permission: "claim.retract",
    needsNote: true,
    needsPublication: true,
  },
};

export interface ClaimWorkflowState {
  status: TClaimStatus;
  verdictId: string | null;
  confidence: string | null;
  rationale: string | null;
  ratedById: string | null;
  /** Whether the claim has a published version (see publishedVersion). */
  published?: boolean;
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
  if (transition.needsPublication && !request.claim.published) return { ok: false, reason: "notAllowedFrom" };
  if (transition.needsRating && !isRatingComplete(request.claim)) return { ok: false, reason: "ratingIncomplete" };
  if (transition.fourEyes && request.claim.ratedById === request.actorId) return { ok: false, reason: "fourEyes" };
  if (transition.needsNote && !request.note?.trim()) return { ok: false, reason: "noteRequired" };
  return { ok: true, to: (request.claim.published && transition.toWhenPublished) || transition.to };
}

/**
 * The steps to offer this person now: allowed for their role from this status, and not
 * refused by four eyes (nobody is offered Approve or Publish on their own verdict). The
 * other rules (a complete rating, a note) are checked on confirming, so the person learns
 * why a step is refused instead of wondering where the button went.
 */
export function availableActions(
  role: Role,
  claim: Pick<ClaimWorkflowState, "status" | "published"> & { ratedById?: string | null },
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
        published: claim.published ?? false,
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
export function canChangeContent(
  status: TClaimStatus,
  change: ContentChange,
  role: Role,
  published = false,
): ContentDecision {
  if (!PERMISSIONS[role].has(CONTENT_PERMISSION[change])) return { ok: false, reason: "forbidden" };
  // A claim that was ever public is retracted, never deleted, even while a correction is drafted.
  if (change === "delete" && published && CONTENT_OPEN.includes(status))
    return { ok: false, reason: "frozenPublished" };
  if (CONTENT_OPEN.includes(status)) return { ok: true };
  return { ok: false, reason: FROZEN_REASON[status] ?? "frozenInReview" };
}

/** canChangeContent as a guard for use cases: a refusal is an expected AppError the UI translates. */
export function assertContentEditable(
  status: TClaimStatus,
  change: ContentChange,
  role: Role,
  published = false,
): void {
  const decision = canChangeContent(status, change, role, published);
  if (decision.ok) return;
  if (decision.reason === "forbidden") throw new AppError("FORBIDDEN", `Role ${role} may not ${change} a claim`);
  throw new AppError("CLAIM_FROZEN", `Claim is ${status}`, { reason: decision.reason, status });
}

/*
 * Anchors after corrections. A new revision of the article can leave a claim's quote changed
 * (FUZZY) or gone (ORPHANED) through nobody's edit of the claim. Such a claim may not become
 * public on words the article no longer says: approve and publish wait until it is re-anchored
 * or someone acknowledges, with a note, that its quote is no longer in the text.
 */

/** Anchor states that need a person: the quote was changed or removed by a revision. */
export function isAnchorBroken(anchorStatus: TAnchorStatus): boolean {
  return anchorStatus === "FUZZY" || anchorStatus === "ORPHANED";
}

export interface ClaimAnchorState {
  anchorStatus: TAnchorStatus;
  /** Set when someone acknowledged, with a note, that the quote is no longer in the text. */
  anchorAcknowledgement: { note: string } | null;
}

/** Whether the claim's anchor keeps it from being approved or published. */
export function anchorBlocksPublication(claim: ClaimAnchorState): boolean {
  return isAnchorBroken(claim.anchorStatus) && !claim.anchorAcknowledgement;
}

/** The steps a lost anchor blocks: the ones after which the verdict is (about to be) public. */
export const ANCHOR_GUARDED_ACTIONS: readonly WorkflowAction[] = ["approve", "publish"];

export function anchorBlocksTransition(action: WorkflowAction, claim: ClaimAnchorState): boolean {
  return ANCHOR_GUARDED_ACTIONS.includes(action) && anchorBlocksPublication(claim);
}

/**
 * May this role re-anchor the claim (give it a new quote from the current text)? Re-anchoring
 * changes the quote, so it is a content change and follows canChangeContent, with one
 * exception: a broken anchor (FUZZY/ORPHANED) may be re-anchored in any status but RETRACTED,
 * by anyone who may edit claims. The revision broke it, not an edit; withdrawing is impossible
 * once approved or published, and a correction would reopen a verdict nobody wants to change.
 * It stays safe: re-anchoring touches no statement, rating or evidence; approve and publish
 * still come after it with four eyes, so a reviewer sees the new quote before it is public; a
 * published claim's public quote is its published snapshot, which re-anchoring does not change;
 * and one audit event keeps the old and the new quote.
 */
export function canReanchor(status: TClaimStatus, anchorStatus: TAnchorStatus, role: Role): ContentDecision {
  const decision = canChangeContent(status, "edit", role);
  if (decision.ok || decision.reason === "forbidden" || status === "RETRACTED") return decision;
  return isAnchorBroken(anchorStatus) ? { ok: true } : decision;
}

/** canReanchor as a guard for use cases, refusing as assertContentEditable does. */
export function assertReanchorable(status: TClaimStatus, anchorStatus: TAnchorStatus, role: Role): void {
  const decision = canReanchor(status, anchorStatus, role);
  if (decision.ok) return;
  if (decision.reason === "forbidden") throw new AppError("FORBIDDEN", `Role ${role} may not re-anchor a claim`);
  throw new AppError("CLAIM_FROZEN", `Claim is ${status}`, { reason: decision.reason, status });
}

export type AcknowledgeAnchorRefusal = "forbidden" | "frozenRetracted" | "anchorNotBroken";

/**
 * May this role acknowledge that the claim's quote is no longer in the text? Only for a broken
 * anchor, in any status but RETRACTED (a retracted claim never becomes public again). It
 * changes no content (the quote stays as it was last found), so review does not freeze it.
 */
export function canAcknowledgeAnchor(
  status: TClaimStatus,
  anchorStatus: TAnchorStatus,
  role: Role,
): { ok: true } | { ok: false; reason: AcknowledgeAnchorRefusal } {
  if (!PERMISSIONS[role].has("claim.update")) return { ok: false, reason: "forbidden" };
  if (status === "RETRACTED") return { ok: false, reason: "frozenRetracted" };
  if (!isAnchorBroken(anchorStatus)) return { ok: false, reason: "anchorNotBroken" };
  return { ok: true };
}
