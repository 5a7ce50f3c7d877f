import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db, type Tx } from "@/lib/db";
import { assertContentEditable } from "@/lib/domain/workflow/claim-workflow";
import { AppError } from "@/lib/errors";
import type { TLinkSameClaimInput } from "@/lib/schemas/ratings";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { reviewAuditView } from "./claim-audit";
import type { ClaimDto } from "./claim-dto";
import { assertClaimVersion, loadClaim, updateClaimAtVersion } from "./load-claim";
import { assertVerdictUsable, ratingData } from "./rate-claim";

/** Links are followed to the claim that was actually checked, never more than this deep. */
const MAX_CHAIN = 10;

/**
 * Records that a claim says the same thing as an already checked one, so the work is reused
 * rather than redone; optionally carries the verdict over, with a note saying why. Linking to
 * a claim that is itself linked goes to the end of the chain, so links never form a cycle.
 */
export async function linkSameClaim(member: Member, input: TLinkSameClaimInput): Promise<ClaimDto> {
  assertCan(member, "claim.update");
  if (input.carryVerdict) assertCan(member, "rating.set");
  return db.$transaction(async (tx) => {
    const before = await loadClaim(member.teamId, input.claimId, tx);
    assertClaimVersion(before, input.version);
    assertContentEditable(before.status, input.carryVerdict ? "rate" : "link", member.role);
    const target = input.sameAsId ? await checkedClaimAtEndOfChain(tx, member.teamId, input.sameAsId) : null;
    if (target?.id === before.id)
      throw new AppError("CONFLICT", "A claim cannot be the same as itself", { reason: "sameAsSelf" });
    let rating = {};
    if (input.carryVerdict) {
      if (!target?.verdict) throw new AppError("CONFLICT", "Nothing to carry over", { reason: "noVerdictToCarry" });
      await assertVerdictUsable(tx, member.teamId, target.verdict.id, before.verdict?.id ?? null);
      const rationale = [input.note, target.rationale].filter(Boolean).join("\n\n");
      rating = {
        ...ratingData(
          { verdictId: target.verdict.id, confidence: target.confidence, rationale },
          member.userId,
          before,
        ),
        ...(before.status === "NEW" ? { status: "IN_PROGRESS" as const, statusChangedAt: new Date() } : {}),
      };
    }
    const after = await updateClaimAtVersion(tx, member, before.id, input.version, {
      sameAsId: target?.id ?? null,
      sameAsNote: target ? input.note || null : null,
      ...rating,
    });
    await recordAuditEvent(tx, {
      teamId: member.teamId,
      actorId: member.userId,
      action: target ? "claim.linkSame" : "claim.unlinkSame",
      entityType: "Claim",
      entityId: before.id,
      // The linked statement, not its id, so the history reads without a lookup; the note shows as the event's note.
      before: { ...(reviewAuditView(before) as object), sameAs: before.sameAs?.statement ?? null },
      after: {
        ...(reviewAuditView(after) as object),
        sameAs: after.sameAs?.statement ?? null,
        note: after.sameAs?.note ?? null,
      },
    });
    return after;
  });
}

async function checkedClaimAtEndOfChain(tx: Tx, teamId: string, claimId: string): Promise<ClaimDto> {
  let claim = await loadClaim(teamId, claimId, tx);
  for (let depth = 0; claim.sameAs && depth < MAX_CHAIN; depth += 1)
    claim = await loadClaim(teamId, claim.sameAs.id, tx);
  return claim;
}
