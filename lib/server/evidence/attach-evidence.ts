import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TAttachEvidenceInput } from "@/lib/schemas/sources";
import { assertClaimContentEditable } from "@/lib/server/claims/assert-claim-content-editable";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { evidenceAuditView, type EvidenceDto } from "./evidence-dto";
import { loadEvidence } from "./load-evidence";

/** Links a source to a claim with a stance. Both must be the member's team's; a source is cited once per claim. */
export async function attachEvidence(member: Member, input: TAttachEvidenceInput): Promise<EvidenceDto> {
  assertCan(member, "evidence.manage");
  try {
    return await db.$transaction(async (tx) => {
      // One connection: queries in a transaction run one after another.
      const claim = await tx.claim.findFirst({
        where: { id: input.claimId, teamId: member.teamId },
        select: { id: true },
      });
      const source = await tx.source.findFirst({
        where: { id: input.sourceId, teamId: member.teamId },
        select: { id: true },
      });
      if (!claim || !source) throw new AppError("NOT_FOUND");
      await assertClaimContentEditable(tx, member, claim.id, "evidence");
      const created = await tx.evidence.create({
        data: {
          teamId: member.teamId,
          claimId: claim.id,
          sourceId: source.id,
          stance: input.stance,
          passage: input.passage,
          credibility: input.credibility,
          note: input.note,
          createdById: member.userId,
          updatedById: member.userId,
        },
        select: { id: true },
      });
      const evidence = await loadEvidence(member.teamId, created.id, tx);
      await recordAuditEvent(tx, {
        teamId: member.teamId,
        actorId: member.userId,
        action: "evidence.create",
        entityType: "Evidence",
        entityId: created.id,
        after: evidenceAuditView(evidence),
      });
      return evidence;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "Source already cited", { reason: "alreadyCited" });
    }
    throw error;
  }
}
