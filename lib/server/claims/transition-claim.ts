import "server-only";
import type { Member } from "@/lib/auth/member";
import { db, type Tx } from "@/lib/db";
import { anchorBlocksTransition, decideTransition, type WorkflowAction } from "@/lib/domain/workflow/claim-workflow";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { snapshotOf } from "@/lib/domain/reports/published-claim";
import type { TTransitionClaimInput } from "@/lib/schemas/ratings";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { factCheckerNoticeFor, factCheckersOf, reviewerNoticeFor } from "@/lib/domain/notifications/notice-recipients";
import { createNotifications, type NotificationDraft } from "@/lib/server/notifications/create-notifications";
import { notifyReviewers } from "@/lib/server/notifications/notify-reviewers";
import { reviewAuditView } from "./claim-audit";
import type { ClaimDto } from "./claim-dto";
import { assertClaimVersion, loadClaim } from "./load-claim";
import { loadPublishableContent } from "@/lib/server/reports/load-report-input";
import { announceClaimStep } from "@/lib/server/webhooks/announce";

/** Moves one claim through the workflow, as the state machine decides. */
export async function transitionClaim(member: Member, input: TTransitionClaimInput): Promise<ClaimDto> {
  return db.$transaction((tx) => applyTransition(tx, member, input));
}

/**
 * The transition inside a caller's transaction (bulk actions run many in one). Refusals are
 * AppErrors with the state machine's reason; every applied transition writes one audit
 * event with the status, the rating and the note, and tells the people whose work moved
 * (notice-recipients.ts). A caller that passes `notices` collects the fact-checkers' notices
 * to write them all at once (createNotifications), as bulk actions do.
 */
export async function applyTransition(
  tx: Tx,
  member: Member,
  input: { claimId: string; version: number; action: WorkflowAction; note?: string },
  notices?: NotificationDraft[],
): Promise<ClaimDto> {
  const before = await loadClaim(member.teamId, input.claimId, tx);
  assertClaimVersion(before, input.version);
  const note = input.note?.trim() || null;
  const published = before.publishedVersion > 0;
  const decision = decideTransition({
    action: input.action,
    role: member.role,
    actorId: member.userId,
    note,
    claim: {
      status: before.status,
      verdictId: before.verdict?.id ?? null,
      confidence: before.confidence,
      rationale: before.rationale,
      ratedById: before.ratedBy?.id ?? null,
      published,
    },
  });
  if (!decision.ok)
    throw new AppError(decision.reason === "forbidden" ? "FORBIDDEN" : "CONFLICT", `Cannot ${input.action}`, {
      reason: decision.reason,
      claimId: before.id,
    });
  // A quote the article no longer says: re-anchor it or acknowledge that first (issue 13, anchors).
  if (anchorBlocksTransition(input.action, before))
    throw new AppError("CONFLICT", `Cannot ${input.action}`, { reason: "anchorLost", claimId: before.id });

  const now = new Date();
  const publishing = input.action === "publish";
  const publicationNumber = before.publishedVersion + 1;
  const data: Prisma.ClaimUncheckedUpdateManyInput = {
    status: decision.to,
    statusChangedAt: now,
    updatedById: member.userId,
    version: { increment: 1 },
    ...(input.action === "submit" ? { submittedAt: now } : {}),
    ...(input.action === "approve" || input.action === "requestChanges"
      ? { reviewedById: member.userId, reviewedAt: now }
      : {}),
    // publishedAt stays the first publication's date; each version has its own in ClaimPublication.
    ...(publishing ? { publishedVersion: publicationNumber, correctionNote: null } : {}),
    ...(publishing && !published ? { publishedAt: now } : {}),
    ...(input.action === "correct" ? { correctionNote: note } : {}),
    ...(input.action === "retract" ? { retractedAt: now, retractionNote: note } : {}),
  };
  const updated = await tx.claim.updateMany({ where: { id: before.id, version: input.version }, data });
  if (updated.count !== 1) assertClaimVersion(await loadClaim(member.teamId, before.id, tx), input.version);
  if (publishing) {
    // Frozen as it reads now, inside this transaction: the version the public record shows from now on.
    const content = await loadPublishableContent(tx, member.teamId, before.id);
    await tx.claimPublication.create({
      data: {
        teamId: member.teamId,
        claimId: before.id,
        number: publicationNumber,
        snapshot: snapshotOf(content),
        correctionNote: published ? before.correctionNote : null,
        publishedById: member.userId,
        publishedAt: now,
      },
    });
  }
  const toReviewers = reviewerNoticeFor(input.action);
  if (toReviewers)
    await notifyReviewers(tx, {
      teamId: member.teamId,
      claimId: before.id,
      actorId: member.userId,
      kind: toReviewers,
      note,
    });
  const toFactCheckers = factCheckerNoticeFor(input.action, published);
  if (toFactCheckers) {
    const drafts = factCheckersOf(
      { assigneeId: before.assignee?.id ?? null, ratedById: before.ratedBy?.id ?? null },
      member.userId,
    ).map((userId): NotificationDraft => ({
      teamId: member.teamId,
      userId,
      kind: toFactCheckers,
      claimId: before.id,
      actorId: member.userId,
      // A published correction carries why it was corrected; the other steps what the actor wrote.
      note: toFactCheckers === "CORRECTED" ? before.correctionNote : note,
    }));
    if (notices) notices.push(...drafts);
    else await createNotifications(tx, drafts);
  }
  const after = await loadClaim(member.teamId, before.id, tx);
  await announceClaimStep(tx, { teamId: member.teamId, action: input.action, wasPublished: published, claim: after });
  await recordAuditEvent(tx, {
    teamId: member.teamId,
    actorId: member.userId,
    action: `claim.${input.action}`,
    entityType: "Claim",
    entityId: before.id,
    before: reviewAuditView(before),
    after: {
      ...(reviewAuditView(after) as Prisma.JsonObject),
      note,
      ...(publishing ? { publishedVersion: publicationNumber } : {}),
    },
  });
  return after;
}
