import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db, type Tx } from "@/lib/db";
import { assertContentEditable } from "@/lib/domain/workflow/claim-workflow";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TRateClaimInput, TRatingFields } from "@/lib/schemas/ratings";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { ensureRatingScale } from "@/lib/server/ratings/ensure-rating-scale";
import { reviewAuditView } from "./claim-audit";
import type { ClaimDto } from "./claim-dto";
import { assertClaimVersion, loadClaim, updateClaimAtVersion } from "./load-claim";

/**
 * Sets a claim's verdict, confidence and rationale (kept apart). Rating a NEW claim starts
 * the work on it (IN_PROGRESS). Whoever changes the rating becomes its rater, and so may not
 * approve it. Only open claims can be rated; published ones are changed by a correction.
 */
export async function rateClaim(member: Member, input: TRateClaimInput): Promise<ClaimDto> {
  assertCan(member, "rating.set");
  return db.$transaction(async (tx) => {
    const before = await loadClaim(member.teamId, input.claimId, tx);
    assertClaimVersion(before, input.version);
    assertContentEditable(before.status, "rate", member.role);
    await assertVerdictUsable(tx, member.teamId, input.verdictId, before.verdict?.id ?? null);
    const after = await updateClaimAtVersion(tx, member, before.id, input.version, {
      ...ratingData(input, member.userId, before),
      status: before.status === "NEW" ? "IN_PROGRESS" : before.status,
      ...(before.status === "NEW" ? { statusChangedAt: new Date() } : {}),
    });
    await recordAuditEvent(tx, {
      teamId: member.teamId,
      actorId: member.userId,
      action: "claim.rate",
      entityType: "Claim",
      entityId: before.id,
      before: reviewAuditView(before),
      after: reviewAuditView(after),
    });
    return after;
  });
}

/** The rating columns; the rater changes only when the rating itself does. */
export function ratingData(
  rating: TRatingFields,
  actorId: string,
  before: ClaimDto,
): Prisma.ClaimUncheckedUpdateManyInput {
  const changed =
    rating.verdictId !== (before.verdict?.id ?? null) ||
    rating.confidence !== before.confidence ||
    (rating.rationale || null) !== before.rationale;
  return {
    verdictId: rating.verdictId,
    confidence: rating.confidence,
    rationale: rating.rationale || null,
    ...(changed ? { ratedById: actorId, ratedAt: new Date() } : {}),
  };
}

/** A verdict must be a label of the team's scale; a retired one may be kept but not newly chosen. */
export async function assertVerdictUsable(
  tx: Tx,
  teamId: string,
  verdictId: string | null,
  currentVerdictId: string | null,
): Promise<void> {
  if (!verdictId) return;
  await ensureRatingScale(teamId, tx);
  const label = await tx.ratingLabel.findFirst({ where: { id: verdictId, teamId }, select: { retiredAt: true } });
  if (!label) throw new AppError("NOT_FOUND", "Unknown verdict", { reason: "unknownVerdict" });
  if (label.retiredAt && verdictId !== currentVerdictId)
    throw new AppError("CONFLICT", "Retired verdict", { reason: "retiredVerdict" });
}
