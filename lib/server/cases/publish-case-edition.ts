import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { editionFingerprint } from "@/lib/domain/cases/case-edition";
import { AppError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { loadCaseEdition, toEditionState, type CaseEditionState } from "./case-edition-state";

/**
 * Publishes the case as it reads now (title, summary, its published claims) for its public links.
 * `fingerprint` is the edition the editor reviewed: if the case changed since, nothing is
 * published (CONFLICT), so no one publishes what they did not see. Four eyes: whoever last
 * changed the case does not publish those changes.
 */
export async function publishCaseEdition(
  member: Member,
  input: { caseId: string; fingerprint: string },
): Promise<CaseEditionState> {
  assertCan(member, "report.publishLink");
  return db.$transaction(async (tx) => {
    // Serialises publishing of one case: two editors cannot interleave reading and writing it.
    await tx.$queryRaw`SELECT 1 FROM "Case" WHERE id = ${input.caseId}::uuid AND "teamId" = ${member.teamId}::uuid FOR UPDATE`;
    const loaded = await loadCaseEdition(tx, member, input.caseId);
    if (loaded.refusal === "fourEyes")
      throw new AppError("FORBIDDEN", "Another editor must publish your changes", { reason: "caseFourEyes" });
    if (loaded.refusal === "tooMany") throw new AppError("BAD_INPUT", "Too many claims", { reason: "tooManyClaims" });
    if (editionFingerprint(loaded.next) !== input.fingerprint)
      throw new AppError("CONFLICT", "The case changed since you looked", { reason: "editionChanged" });
    const now = new Date();
    await tx.case.update({
      where: { id: loaded.row.id },
      // Whoever changed the case since is reviewed now: the next edition starts with no one's changes.
      data: {
        publishedEdition: loaded.next,
        editionPublishedAt: now,
        editionPublishedById: member.userId,
        editionChangedByIds: [],
      },
    });
    await recordAuditEvent(tx, {
      teamId: member.teamId,
      actorId: member.userId,
      action: "case.publishEdition",
      entityType: "Case",
      entityId: loaded.row.id,
      before: loaded.published
        ? { title: loaded.published.title, claimCount: loaded.published.claimIds.length }
        : undefined,
      after: { title: loaded.next.title, claimCount: loaded.next.claimIds.length, claimIds: loaded.next.claimIds },
    });
    return toEditionState(await loadCaseEdition(tx, member, input.caseId));
  });
}
