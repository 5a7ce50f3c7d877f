import "server-only";
import type { Member } from "@/lib/auth/member";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { caseWhere } from "./case-scope";

/** The member's case, or NOT_FOUND (another team's or a missing one): the first step of a membership change. */
export async function assertCaseInTeam(tx: Tx, member: Member, caseId: string): Promise<void> {
  if (!(await tx.case.findFirst({ where: caseWhere(member, caseId), select: { id: true } })))
    throw new AppError("NOT_FOUND");
}

/**
 * Marks the member as the case's last editor, after a change that did change something: what
 * decides four eyes when the case is published. The version is left alone: a membership change
 * does not make an open edit form stale.
 */
export async function touchCase(tx: Tx, member: Member, caseId: string): Promise<void> {
  await tx.case.updateMany({ where: caseWhere(member, caseId), data: { updatedById: member.userId } });
}
