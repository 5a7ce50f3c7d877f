import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { countCaseMembers, noCounts, type CaseCounts } from "./case-counts";
import { caseRecordSelect, toCaseRecord, type CaseRecord } from "./case-record";
import { caseWhere } from "./case-scope";

export interface CaseHeader extends CaseRecord {
  leadName: string | null;
  counts: CaseCounts;
  /** Whether an editor has published an edition of the case for its public links. */
  hasPublishedEdition: boolean;
  updatedById: string | null;
  updatedAt: string;
}

/** The case layout's header: the case's fields, lead and counts, in two statements; null for another team's. */
export async function getCase(member: Member, caseId: string): Promise<CaseHeader | null> {
  assertCan(member, "team.read");
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(caseId)) return null;
  const [row, counts] = await Promise.all([
    db.case.findFirst({
      where: caseWhere(member, caseId),
      select: {
        ...caseRecordSelect,
        lead: { select: { name: true } },
        editionPublishedAt: true,
        updatedById: true,
        updatedAt: true,
      },
    }),
    countCaseMembers([caseId]),
  ]);
  if (!row) return null;
  const { lead, editionPublishedAt, updatedById, updatedAt, ...record } = row;
  return {
    ...toCaseRecord(record),
    leadName: lead?.name ?? null,
    counts: counts.get(caseId) ?? noCounts,
    hasPublishedEdition: editionPublishedAt !== null,
    updatedById,
    updatedAt: updatedAt.toISOString(),
  };
}
