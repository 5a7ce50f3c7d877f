import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { parseCaseInput, ZCaseMembershipInput, type TCaseMembershipInput } from "@/lib/schemas/cases";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { assertCaseInTeam, touchCase } from "./touch-case";

/**
 * Takes an article (and the claims it brought), a chosen claim or a listed source out of a case.
 * Removing what is not there is harmless. Only the case is team-checked: the rows removed are
 * the case's own, so another team's id matches nothing.
 */
export async function removeFromCase(member: Member, raw: TCaseMembershipInput): Promise<{ removed: boolean }> {
  assertCan(member, "case.manage");
  const { caseId, member: item } = parseCaseInput(ZCaseMembershipInput, raw);
  return db.$transaction(async (tx) => {
    await assertCaseInTeam(tx, member, caseId);
    const removed =
      item.kind === "article"
        ? await tx.caseArticle.deleteMany({ where: { caseId, articleId: item.id } })
        : item.kind === "claim"
          ? await tx.caseClaim.deleteMany({ where: { caseId, claimId: item.id } })
          : await tx.caseSource.deleteMany({ where: { caseId, sourceId: item.id } });
    if (removed.count > 0) {
      await touchCase(tx, member, caseId, { edition: item.kind !== "source" });
      await recordAuditEvent(tx, {
        teamId: member.teamId,
        actorId: member.userId,
        action: "case.remove",
        entityType: "Case",
        entityId: caseId,
        before: { kind: item.kind, id: item.id },
      });
    }
    return { removed: removed.count > 0 };
  });
}
