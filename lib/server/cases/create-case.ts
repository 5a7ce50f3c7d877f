import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { parseCaseInput, ZCreateCaseInput, type TCreateCaseInput } from "@/lib/schemas/cases";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { assertCaseLeadInTeam, caseRecordSelect, dayDate, toCaseRecord, type CaseRecord } from "./case-record";

/** Opens a case in the member's team; its creator is its last editor until someone else changes it. */
export async function createCase(member: Member, raw: TCreateCaseInput): Promise<CaseRecord> {
  assertCan(member, "case.manage");
  const input = parseCaseInput(ZCreateCaseInput, raw);
  return db.$transaction(async (tx) => {
    await assertCaseLeadInTeam(tx, member.teamId, input.leadId);
    const created = toCaseRecord(
      await tx.case.create({
        data: {
          teamId: member.teamId,
          title: input.title,
          summary: input.summary,
          leadId: input.leadId,
          eventStart: dayDate(input.eventStart),
          eventEnd: dayDate(input.eventEnd),
          places: input.places,
          createdById: member.userId,
          updatedById: member.userId,
          // The title and summary are theirs: someone else publishes the first edition.
          editionChangedByIds: [member.userId],
        },
        select: caseRecordSelect,
      }),
    );
    await recordAuditEvent(tx, {
      teamId: member.teamId,
      actorId: member.userId,
      action: "case.create",
      entityType: "Case",
      entityId: created.id,
      after: { ...created },
    });
    return created;
  });
}
