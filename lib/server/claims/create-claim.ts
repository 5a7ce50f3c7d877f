import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { createAnchor } from "@/lib/domain/claims/anchoring";
import { AppError } from "@/lib/errors";
import type { TCreateClaimInput } from "@/lib/schemas/claims";
import { notifyAssignee } from "@/lib/server/notifications/notify-assignee";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { claimSelect, detailsForStorage, toClaimDto, type ClaimDto } from "./claim-dto";
import { assertClaimReferencesInTeam } from "./claim-references";

/**
 * Creates a claim from a span of the article's current revision. The quote and its
 * context are cut from the stored text, never taken from the client.
 */
export async function createClaim(member: Member, input: TCreateClaimInput): Promise<ClaimDto> {
  assertCan(member, "claim.create");
  // Handing work to someone is an editor's call, even on a claim one creates oneself.
  if (input.assigneeId) assertCan(member, "claim.assign");
  return db.$transaction(async (tx) => {
    const article = await tx.article.findFirst({
      where: { id: input.articleId, teamId: member.teamId },
      select: { id: true, revisions: { orderBy: { number: "desc" }, take: 1, select: { id: true, text: true } } },
    });
    const revision = article?.revisions[0];
    if (!article || !revision) throw new AppError("NOT_FOUND");
    if (revision.id !== input.revisionId) throw new AppError("CONFLICT", "New revision", { reason: "revisionChanged" });
    if (input.end > revision.text.length)
      throw new AppError("BAD_INPUT", "Span outside text", { reason: "spanOutsideText" });
    const anchor = createAnchor(revision.text, input.start, input.end);
    if (!anchor.exact.trim()) throw new AppError("BAD_INPUT", "Empty selection", { reason: "emptySelection" });
    await assertClaimReferencesInTeam(tx, member.teamId, input);

    const claim = await tx.claim.create({
      data: {
        teamId: member.teamId,
        articleId: article.id,
        revisionId: revision.id,
        startOffset: anchor.start,
        endOffset: anchor.end,
        exact: anchor.exact,
        prefix: anchor.prefix,
        suffix: anchor.suffix,
        statement: input.statement?.trim() || anchor.exact,
        type: input.details.type,
        details: detailsForStorage(input.details),
        claimantId: input.claimantId ?? null,
        reportedViaId: input.reportedViaId ?? null,
        claimedAt: input.claimedAt ? new Date(input.claimedAt) : null,
        assigneeId: input.assigneeId ?? null,
        createdById: member.userId,
        updatedById: member.userId,
      },
      select: claimSelect,
    });
    const dto = toClaimDto(claim);
    await notifyAssignee(tx, {
      teamId: member.teamId,
      claimId: claim.id,
      assigneeId: dto.assignee?.id ?? null,
      previousAssigneeId: null,
      actorId: member.userId,
    });
    await recordAuditEvent(tx, {
      teamId: member.teamId,
      actorId: member.userId,
      action: "claim.create",
      entityType: "Claim",
      entityId: claim.id,
      after: auditView(dto),
    });
    return dto;
  });
}

/** The fields of a claim worth showing in its history. */
export function auditView(claim: ClaimDto) {
  return {
    statement: claim.statement,
    type: claim.type,
    details: claim.details,
    claimant: claim.claimant?.name ?? null,
    reportedVia: claim.reportedVia?.name ?? null,
    claimedAt: claim.claimedAt,
    assignee: claim.assignee?.name ?? null,
    exact: claim.exact,
    start: claim.start,
    end: claim.end,
  };
}
