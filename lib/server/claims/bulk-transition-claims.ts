import "server-only";
import type { Member } from "@/lib/auth/member";
import { db } from "@/lib/db";
import { AppError, isAppError } from "@/lib/errors";
import type { TBulkTransitionInput } from "@/lib/schemas/ratings";
import { applyTransition } from "./transition-claim";

/**
 * An editor's action on many claims at once, all or nothing: one refusal (four eyes, a stale
 * version, a claim not in review) rolls every claim back, and the error lists each refusal.
 */
export async function bulkTransitionClaims(member: Member, input: TBulkTransitionInput): Promise<{ count: number }> {
  const failures: { claimId: string; reason: string }[] = [];
  try {
    await db.$transaction(
      async (tx) => {
        for (const claim of input.claims) {
          try {
            await applyTransition(tx, member, { ...claim, action: input.action, note: input.note });
          } catch (error) {
            if (!isAppError(error)) throw error;
            failures.push({
              claimId: claim.claimId,
              reason: typeof error.details?.reason === "string" ? error.details.reason : error.code,
            });
          }
        }
        if (failures.length > 0)
          throw new AppError("CONFLICT", "Bulk action refused", { reason: "bulkRefused", failures });
      },
      { timeout: 60_000 },
    );
  } catch (error) {
    if (isAppError(error) && error.details?.reason === "bulkRefused") throw error;
    if (failures.length > 0) throw new AppError("CONFLICT", "Bulk action refused", { reason: "bulkRefused", failures });
    throw error;
  }
  return { count: input.claims.length };
}
