import "server-only";
import type { Member } from "@/lib/auth/member";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { claimSelect, toClaimDto, type ClaimDto } from "./claim-dto";

/** A claim of the team as a DTO; another team's id is "not found". */
export async function loadClaim(teamId: string, claimId: string, client: Tx | typeof db = db): Promise<ClaimDto> {
  const row = await client.claim.findFirst({ where: { id: claimId, teamId }, select: claimSelect });
  if (!row) throw new AppError("NOT_FOUND");
  return toClaimDto(row);
}

/** Refuses a write based on an older version, with the current claim so the form can show the other change. */
export function assertClaimVersion(claim: ClaimDto, version: number): void {
  if (claim.version !== version) throw new AppError("STALE_VERSION", "Claim changed", { current: claim });
}

/**
 * Writes `data` to the claim only while it is still at `version` (optimistic concurrency: a lost
 * race is refused with the claim as it is now), records who changed it, bumps the version, and
 * returns the claim as written.
 */
export async function updateClaimAtVersion(
  tx: Tx,
  member: Member,
  claimId: string,
  version: number,
  data: Prisma.ClaimUncheckedUpdateManyInput,
): Promise<ClaimDto> {
  const updated = await tx.claim.updateMany({
    where: { id: claimId, teamId: member.teamId, version },
    data: { ...data, updatedById: member.userId, version: { increment: 1 } },
  });
  const current = await loadClaim(member.teamId, claimId, tx);
  if (updated.count !== 1) assertClaimVersion(current, version);
  return current;
}
