import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { tidySelection } from "@/lib/domain/articles/selection";
import { createAnchor } from "@/lib/domain/claims/anchoring";
import { assertReanchorable } from "@/lib/domain/workflow/claim-workflow";
import { AppError } from "@/lib/errors";
import type { TReanchorClaimInput } from "@/lib/schemas/claims";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { ClaimDto } from "./claim-dto";
import { assertClaimVersion, loadClaim, updateClaimAtVersion } from "./load-claim";

/**
 * Gives a claim a new place in the article's current text: the fact-checker selected where its
 * quote now is. The quote and its context are cut from the stored text, never taken from the
 * client; the anchor is ANCHORED again and any acknowledgement of a lost quote is cleared.
 * Who may, in which status: canReanchor (a broken anchor may be mended even in reviewed work).
 * A published claim's public quote is its published snapshot: re-anchoring changes the working
 * claim, not the public record.
 */
export async function reanchorClaim(member: Member, input: TReanchorClaimInput): Promise<ClaimDto> {
  assertCan(member, "claim.update");
  return db.$transaction(async (tx) => {
    const before = await loadClaim(member.teamId, input.claimId, tx);
    assertClaimVersion(before, input.version);
    assertReanchorable(before.status, before.anchorStatus, member.role);
    const revision = await tx.articleRevision.findFirst({
      where: { articleId: before.articleId },
      orderBy: { number: "desc" },
      select: { id: true, number: true, text: true },
    });
    if (!revision) throw new AppError("NOT_FOUND");
    if (revision.id !== input.revisionId) throw new AppError("CONFLICT", "New revision", { reason: "revisionChanged" });
    if (input.end > revision.text.length)
      throw new AppError("BAD_INPUT", "Span outside text", { reason: "spanOutsideText" });
    const span = tidySelection(revision.text, input.start, input.end);
    if (!span) throw new AppError("BAD_INPUT", "Empty selection", { reason: "emptySelection" });
    const anchor = createAnchor(revision.text, span.start, span.end);

    const after = await updateClaimAtVersion(tx, member, before.id, input.version, {
      revisionId: revision.id,
      startOffset: anchor.start,
      endOffset: anchor.end,
      exact: anchor.exact,
      prefix: anchor.prefix,
      suffix: anchor.suffix,
      anchorStatus: "ANCHORED",
      anchorAcknowledgedAt: null,
      anchorAcknowledgedById: null,
      anchorNote: null,
    });
    await recordAuditEvent(tx, {
      teamId: member.teamId,
      actorId: member.userId,
      action: "claim.reanchor",
      entityType: "Claim",
      entityId: before.id,
      before: anchorAuditView(before),
      after: { ...anchorAuditView(after), revision: revision.number },
    });
    return after;
  });
}

/** The whole anchor: reading an earlier revision finds where the claim was before it was re-anchored. */
function anchorAuditView(claim: ClaimDto) {
  return {
    exact: claim.exact,
    prefix: claim.prefix,
    suffix: claim.suffix,
    start: claim.start,
    end: claim.end,
    revisionId: claim.revisionId,
    anchorStatus: claim.anchorStatus,
    anchorNote: claim.anchorAcknowledgement?.note ?? null,
  };
}
