import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimDto } from "./claim-dto";

/** What the history keeps of a claim's rating and review state (names, so the timeline reads without joins). */
export function reviewAuditView(claim: ClaimDto): Prisma.InputJsonValue {
  return {
    status: claim.status,
    verdict: claim.verdict?.name ?? null,
    verdictKey: claim.verdict?.key ?? null,
    confidence: claim.confidence,
    rationale: claim.rationale,
    ratedBy: claim.ratedBy?.name ?? null,
    version: claim.version,
  };
}
