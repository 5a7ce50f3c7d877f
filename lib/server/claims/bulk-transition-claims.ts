import "server-only";
import type { Member } from "@/lib/auth/member";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import { TRANSITIONS } from "@/lib/domain/workflow/claim-workflow";
import { AppError, isAppError } from "@/lib/errors";
import type { TBulkTransitionInput } from "@/lib/schemas/ratings";
import { createNotifications, type NotificationDraft } from "@/lib/server/notifications/create-notifications";
import { applyTransition } from "./transition-claim";

/**
 * An editor's action on many claims at once, all or nothing: one refusal (four eyes, a stale
 * version, a claim not in review) rolls every claim back, and the error lists each refusal.
 * The fact-checkers' notices of every claim are written together at the end (two statements).
 */
export async function bulkTransitionClaims(member: Member, input: TBulkTransitionInput): Promise<{ count: number }> {
  assertCan(member, TRANSITIONS[input.action].permission);
  const failures: { claimId: string; reason: string }[] = [];
  try {
    await db.$transaction(
      async (tx) => {
        const notices: NotificationDraft[] = [];
        for (const claim of input.claims) {
          try {
            await applyTransition(tx, member, { ...claim, action: input.action, note: input.note }, notices);
          } catch (error) {
            // Another team's claim is not a refusal to list: the whole request names something that is not there.
            if (!isAppError(error) || error.code === "NOT_FOUND") throw error;
            failures.push({
              claimId: claim.claimId,
              reason: typeof error.details?.reason === "string" ? error.details.reason : error.code,
            });
          }
        }
        if (failures.length > 0)
          throw new AppError("CONFLICT", "Bulk action refused", { reason: "bulkRefused", failures });
        await createNotifications(tx, notices);
      },
      { timeout: 60_000 },
    );
  } catch (error) {
    if (isAppError(error) && (error.details?.reason === "bulkRefused" || error.code === "NOT_FOUND")) throw error;
    if (failures.length > 0) throw new AppError("CONFLICT", "Bulk action refused", { reason: "bulkRefused", failures });
    throw error;
  }
  return { count: input.claims.length };
}
