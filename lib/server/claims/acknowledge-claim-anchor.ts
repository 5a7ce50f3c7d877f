import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { canAcknowledgeAnchor } from "@/lib/domain/workflow/claim-workflow";
import { AppError } from "@/lib/errors";
import type { TAcknowledgeClaimAnchorInput } from "@/lib/schemas/claims";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { ClaimDto } from "./claim-dto";
import { assertClaimVersion, loadClaim, updateClaimAtVersion } from "./load-claim";

/**
 * Records that a claim's quote is no longer (exactly) in the article's current text, and why the
 * claim stands anyway: the note is required and shown with the claim. The quote stays as it was
 * last found. Approve and publish stop waiting for a re-anchoring (anchorBlocksPublication); a
 * later revision that changes the anchor again clears the acknowledgement (addRevision).
 */
export async function acknowledgeClaimAnchor(member: Member, input: TAcknowledgeClaimAnchorInput): Promise<ClaimDto> {
  assertCan(member, "claim.update");
  const note = input.note.trim();
  if (!note) throw new AppError("VALIDATION", "Note required", { reason: "noteRequired" });
  return db.$transaction(async (tx) => {
    const before = await loadClaim(member.teamId, input.claimId, tx);
    assertClaimVersion(before, input.version);
    const decision = canAcknowledgeAnchor(before.status, before.anchorStatus, member.role);
    if (!decision.ok) {
      if (decision.reason === "forbidden") throw new AppError("FORBIDDEN");
      if (decision.reason === "frozenRetracted")
        throw new AppError("CLAIM_FROZEN", `Claim is ${before.status}`, { reason: decision.reason });
      throw new AppError("CONFLICT", "Anchor is not lost", { reason: decision.reason, claimId: before.id });
    }
    const now = new Date();
    const after = await updateClaimAtVersion(tx, member, before.id, input.version, {
      anchorAcknowledgedAt: now,
      anchorAcknowledgedById: member.userId,
      anchorNote: note,
    });
    await recordAuditEvent(tx, {
      teamId: member.teamId,
      actorId: member.userId,
      action: "claim.acknowledgeAnchor",
      entityType: "Claim",
      entityId: before.id,
      before: { anchorStatus: before.anchorStatus, exact: before.exact, version: before.version },
      after: { anchorStatus: after.anchorStatus, exact: after.exact, version: after.version, note },
    });
    return after;
  });
}
