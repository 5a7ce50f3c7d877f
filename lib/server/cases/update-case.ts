import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseCaseInput, ZUpdateCaseInput, type TUpdateCaseInput } from "@/lib/schemas/cases";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { assertCaseLeadInTeam, caseRecordSelect, dayDate, toCaseRecord, type CaseRecord } from "./case-record";
import { caseWhere } from "./case-scope";

/**
 * Saves the edit form at the version the member saw: a lost race is refused with CONFLICT and the
 * case as it is now. The editor becomes the case's last editor (who may not publish it alone).
 */
export async function updateCase(member: Member, raw: TUpdateCaseInput): Promise<CaseRecord> {
  assertCan(member, "case.manage");
  const input = parseCaseInput(ZUpdateCaseInput, raw);
  return db.$transaction(async (tx) => {
    const current = await tx.case.findFirst({
      where: caseWhere(member, input.caseId),
      select: { ...caseRecordSelect, editionChangedByIds: true },
    });
    if (!current) throw new AppError("NOT_FOUND");
    const { editionChangedByIds: _changers, ...record } = current;
    const before = toCaseRecord(record);
    if (current.version !== input.version)
      throw new AppError("CONFLICT", "Case changed", { reason: "caseChanged", current: before });
    await assertCaseLeadInTeam(tx, member.teamId, input.leadId);
    const editsEdition = input.title !== current.title || input.summary !== current.summary;
    const updated = await tx.case.updateMany({
      where: { ...caseWhere(member, input.caseId), version: input.version },
      data: {
        title: input.title,
        summary: input.summary,
        leadId: input.leadId,
        eventStart: dayDate(input.eventStart),
        eventEnd: dayDate(input.eventEnd),
        places: input.places,
        updatedById: member.userId,
        // A new title or summary is for another editor to publish (four eyes).
        ...(editsEdition && !current.editionChangedByIds.includes(member.userId)
          ? { editionChangedByIds: { push: member.userId } }
          : {}),
        version: { increment: 1 },
      },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT", "Case changed", { reason: "caseChanged" });
    const after = toCaseRecord(
      await tx.case.findUniqueOrThrow({ where: { id: current.id }, select: caseRecordSelect }),
    );
    await recordAuditEvent(tx, {
      teamId: member.teamId,
      actorId: member.userId,
      action: "case.update",
      entityType: "Case",
      entityId: current.id,
      before: { ...before },
      after: { ...after },
    });
    return after;
  });
}
