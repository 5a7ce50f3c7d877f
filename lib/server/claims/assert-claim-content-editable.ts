import "server-only";
import type { Member } from "@/lib/auth/member";
import type { Tx } from "@/lib/db";
import { assertContentEditable, type ContentChange } from "@/lib/domain/workflow/claim-workflow";
import { AppError } from "@/lib/errors";

/**
 * For writes that reach a claim's content through another record (its evidence): reads the
 * claim's status inside the caller's transaction and asks the workflow whether it is frozen.
 * The row is locked so a submit running at the same moment cannot slip between check and write.
 */
export async function assertClaimContentEditable(
  tx: Tx,
  member: Member,
  claimId: string,
  change: ContentChange,
): Promise<void> {
  const rows = await tx.$queryRaw<{ status: string }[]>`
    SELECT status::text AS status FROM "Claim" WHERE id = ${claimId}::uuid AND "teamId" = ${member.teamId}::uuid FOR UPDATE`;
  const claim = rows[0];
  if (!claim) throw new AppError("NOT_FOUND");
  assertContentEditable(claim.status as Parameters<typeof assertContentEditable>[0], change, member.role);
}
