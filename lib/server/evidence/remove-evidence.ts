import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TRemoveEvidenceInput } from "@/lib/schemas/sources";
import { assertClaimContentEditable } from "@/lib/server/claims/assert-claim-content-editable";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { evidenceAuditView } from "./evidence-dto";
import { loadEvidence } from "./load-evidence";

/** Removes a citation (the source stays in the library); refused if someone changed it meanwhile. */
export async function removeEvidence(
  member: Member,
  input: TRemoveEvidenceInput,
): Promise<{ evidenceId: string; claimId: string }> {
  assertCan(member, "evidence.manage");
  return db.$transaction(async (tx) => {
    const before = await loadEvidence(member.teamId, input.evidenceId, tx);
    await assertClaimContentEditable(tx, member, before.claimId, "evidence");
    const deleted = await tx.evidence.deleteMany({ where: { id: before.id, version: input.version } });
    if (deleted.count !== 1) throw new AppError("STALE_VERSION", "Evidence changed", { current: before });
    await recordAuditEvent(tx, {
      teamId: member.teamId,
      actorId: member.userId,
      action: "evidence.delete",
      entityType: "Evidence",
      entityId: before.id,
      before: evidenceAuditView(before),
    });
    return { evidenceId: before.id, claimId: before.claimId };
  });
}
