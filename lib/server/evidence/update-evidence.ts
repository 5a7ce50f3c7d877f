import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TUpdateEvidenceInput } from "@/lib/schemas/sources";
import { assertClaimContentEditable } from "@/lib/server/claims/assert-claim-content-editable";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { evidenceAuditView, type EvidenceDto } from "./evidence-dto";
import { loadEvidence } from "./load-evidence";

/** Changes stance, passage, grade or note; a stale version is refused with the current evidence. */
export async function updateEvidence(member: Member, input: TUpdateEvidenceInput): Promise<EvidenceDto> {
  assertCan(member, "evidence.manage");
  return db.$transaction(async (tx) => {
    const before = await loadEvidence(member.teamId, input.evidenceId, tx);
    await assertClaimContentEditable(tx, member, before.claimId, "evidence");
    const updated = await tx.evidence.updateMany({
      where: { id: before.id, version: input.version },
      data: {
        stance: input.stance,
        passage: input.passage,
        credibility: input.credibility,
        note: input.note,
        updatedById: member.userId,
        version: { increment: 1 },
      },
    });
    if (updated.count !== 1) throw new AppError("STALE_VERSION", "Evidence changed", { current: before });
    const after = await loadEvidence(member.teamId, before.id, tx);
    await recordAuditEvent(tx, {
      teamId: member.teamId,
      actorId: member.userId,
      action: "evidence.update",
      entityType: "Evidence",
      entityId: before.id,
      before: evidenceAuditView(before),
      after: evidenceAuditView(after),
    });
    return after;
  });
}
