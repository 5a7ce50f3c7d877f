import "server-only";
import type { Member } from "@/lib/auth/member";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * The member's case, or NOT_FOUND (another team's or a missing one): the first step of a membership
 * change. The row stays locked until the change commits, so a change and a publication of the
 * case's edition never interleave.
 */
export async function assertCaseInTeam(tx: Tx, member: Member, caseId: string): Promise<void> {
  const found = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Case" WHERE id = ${caseId}::uuid AND "teamId" = ${member.teamId}::uuid FOR UPDATE`;
  if (found.length === 0) throw new AppError("NOT_FOUND");
}

/**
 * Marks the member as the case's last editor, after a change that did change something. A change
 * to what the public edition shows (its claims: `edition`) also names them among those who may
 * not publish the next edition (four eyes). The version is left alone: a membership change does
 * not make an open edit form stale.
 */
export async function touchCase(tx: Tx, member: Member, caseId: string, { edition }: { edition: boolean }) {
  await tx.$executeRaw`
    UPDATE "Case" SET "updatedById" = ${member.userId}::uuid, "updatedAt" = now(),
      "editionChangedByIds" = CASE
        WHEN NOT ${edition} OR ${member.userId}::uuid = ANY("editionChangedByIds") THEN "editionChangedByIds"
        ELSE array_append("editionChangedByIds", ${member.userId}::uuid) END
    WHERE id = ${caseId}::uuid AND "teamId" = ${member.teamId}::uuid`;
}
