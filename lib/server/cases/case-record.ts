import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/** What a case's edits change and its audit events record: the fields of the edit form. */
export const caseRecordSelect = {
  id: true,
  title: true,
  summary: true,
  leadId: true,
  eventStart: true,
  eventEnd: true,
  places: true,
  version: true,
} satisfies Prisma.CaseSelect;

type CaseRecordRow = Prisma.CaseGetPayload<{ select: typeof caseRecordSelect }>;

export interface CaseRecord {
  id: string;
  title: string;
  summary: string;
  leadId: string | null;
  /** ISO dates (YYYY-MM-DD): the event's period as far as it is known. */
  eventStart: string | null;
  eventEnd: string | null;
  places: string[];
  version: number;
}

export const isoDay = (date: Date | null): string | null => date?.toISOString().slice(0, 10) ?? null;
export const dayDate = (day: string | null): Date | null => (day ? new Date(`${day}T00:00:00.000Z`) : null);

export const toCaseRecord = (row: CaseRecordRow): CaseRecord => ({
  ...row,
  eventStart: isoDay(row.eventStart),
  eventEnd: isoDay(row.eventEnd),
});

/** The lead must be an active member of the case's team (a stranger's id is refused as a bad field). */
export async function assertCaseLeadInTeam(tx: Tx, teamId: string, leadId: string | null): Promise<void> {
  if (!leadId) return;
  const membership = await tx.membership.findFirst({
    where: { teamId, userId: leadId, disabledAt: null },
    select: { id: true },
  });
  if (!membership)
    throw new AppError("VALIDATION", "The lead is not a member of the team", {
      field: "leadId",
      reason: "leadNotMember",
    });
}
