import "server-only";
import type { Member } from "@/lib/auth/member";
import { db, type Tx } from "@/lib/db";
import { decideTransition, type WorkflowAction } from "@/lib/domain/workflow/claim-workflow";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TRatingFields, TTransitionClaimInput } from "@/lib/schemas/ratings";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { notifyEditorsOfWithdrawal } from "@/lib/server/notifications/notify-editors-of-withdrawal";
import { reviewAuditView } from "./claim-audit";
import type { ClaimDto } from "./claim-dto";
import { assertClaimVersion, loadClaim } from "./load-claim";
import { assertVerdictUsable, ratingData } from "./rate-claim";

/** Moves one claim through the workflow, as the state machine decides. */
export async function transitionClaim(member: Member, input: TTransitionClaimInput): Promise<ClaimDto> {
  return db.$transaction((tx) => applyTransition(tx, member, input));
}

/**
 * The transition inside a caller's transaction (bulk actions run many in one). Refusals are
 * AppErrors with the state machine's reason; every applied transition writes one audit
 * event with the status, the rating and the note.
 */
export async function applyTransition(
  tx: Tx,
  member: Member,
  input: { claimId: string; version: number; action: WorkflowAction; note?: string; rating?: TRatingFields },
): Promise<ClaimDto> {
  const before = await loadClaim(member.teamId, input.claimId, tx);
  assertClaimVersion(before, input.version);
  const note = input.note?.trim() || null;
  // A correction may bring a new rating; the decision is taken on the claim as it will be.
  const rating = input.action === "correct" && input.rating ? input.rating : null;
  if (rating) await assertVerdictUsable(tx, member.teamId, rating.verdictId, before.verdict?.id ?? null);
  const ratingChange = rating ? ratingData(rating, member.userId, before) : null;
  const decision = decideTransition({
    action: input.action,
    role: member.role,
    actorId: member.userId,
    note,
    claim: {
      status: before.status,
      verdictId: rating ? rating.verdictId : (before.verdict?.id ?? null),
      confidence: rating ? rating.confidence : before.confidence,
      rationale: rating ? rating.rationale : before.rationale,
      // Four eyes on the claim as it will be: a correction that changes the rating makes its author the rater.
      ratedById: ratingChange?.ratedById ? member.userId : (before.ratedBy?.id ?? null),
    },
  });
  if (!decision.ok)
    throw new AppError(decision.reason === "forbidden" ? "FORBIDDEN" : "CONFLICT", `Cannot ${input.action}`, {
      reason: decision.reason,
      claimId: before.id,
    });

  const now = new Date();
  const data: Prisma.ClaimUncheckedUpdateManyInput = {
    status: decision.to,
    statusChangedAt: now,
    updatedById: member.userId,
    version: { increment: 1 },
    ...(input.action === "submit" ? { submittedAt: now } : {}),
    ...(input.action === "approve" || input.action === "requestChanges"
      ? { reviewedById: member.userId, reviewedAt: now }
      : {}),
    ...(input.action === "publish" ? { publishedAt: now } : {}),
    ...(input.action === "retract" ? { retractedAt: now, retractionNote: note } : {}),
    ...(ratingChange ?? {}),
  };
  const updated = await tx.claim.updateMany({ where: { id: before.id, version: input.version }, data });
  if (updated.count !== 1) assertClaimVersion(await loadClaim(member.teamId, before.id, tx), input.version);
  if (input.action === "correct") {
    await tx.claimCorrection.create({
      data: { claimId: before.id, note: note!, previous: reviewAuditView(before), createdById: member.userId },
    });
  }
  if (input.action === "withdraw")
    await notifyEditorsOfWithdrawal(tx, { teamId: member.teamId, claimId: before.id, actorId: member.userId });
  const after = await loadClaim(member.teamId, before.id, tx);
  await recordAuditEvent(tx, {
    teamId: member.teamId,
    actorId: member.userId,
    action: `claim.${input.action}`,
    entityType: "Claim",
    entityId: before.id,
    before: reviewAuditView(before),
    after: { ...(reviewAuditView(after) as Prisma.JsonObject), note },
  });
  return after;
}
