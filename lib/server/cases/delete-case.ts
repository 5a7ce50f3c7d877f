import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseCaseInput, ZDeleteCaseInput, type TDeleteCaseInput } from "@/lib/schemas/cases";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { caseRecordSelect, toCaseRecord } from "./case-record";
import { caseWhere } from "./case-scope";

/**
 * Deletes a case (the UI asks first): its memberships and public links go with it; the articles,
 * claims and sources themselves stay.
 */
export async function deleteCase(member: Member, raw: TDeleteCaseInput): Promise<{ id: string }> {
  assertCan(member, "case.delete");
  const input = parseCaseInput(ZDeleteCaseInput, raw);
  return db.$transaction(async (tx) => {
    const current = await tx.case.findFirst({
      where: caseWhere(member, input.caseId),
      select: { ...caseRecordSelect, _count: { select: { articles: true, claims: true, sources: true } } },
    });
    if (!current) throw new AppError("NOT_FOUND");
    const { _count: counts, ...record } = current;
    await tx.case.delete({ where: { id: current.id } });
    await recordAuditEvent(tx, {
      teamId: member.teamId,
      actorId: member.userId,
      action: "case.delete",
      entityType: "Case",
      entityId: current.id,
      before: { ...toCaseRecord(record), ...counts },
    });
    return { id: current.id };
  });
}
