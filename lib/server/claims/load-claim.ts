import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
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
