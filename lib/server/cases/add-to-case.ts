import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseCaseInput, ZCaseMembershipInput, type TCaseMembershipInput } from "@/lib/schemas/cases";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { assertCaseInTeam, touchCase } from "./touch-case";

/**
 * Puts an article (with all its claims, including those split later, or as the context of chosen
 * ones), a claim or a source of the member's team into one of its cases. Adding again is harmless;
 * adding an article again with the other choice switches it. Another team's item is NOT_FOUND.
 */
export async function addToCase(member: Member, raw: TCaseMembershipInput): Promise<{ added: boolean }> {
  assertCan(member, "case.manage");
  const { caseId, member: item } = parseCaseInput(ZCaseMembershipInput, raw);
  return db.$transaction(async (tx) => {
    await assertCaseInTeam(tx, member, caseId);
    const inTeam = { id: item.id, teamId: member.teamId };
    let added: boolean;
    let before: { allClaims: boolean } | undefined;
    if (item.kind === "article") {
      if (!(await tx.article.findFirst({ where: inTeam, select: { id: true } }))) throw new AppError("NOT_FOUND");
      const key = { caseId_articleId: { caseId, articleId: item.id } };
      const existing = await tx.caseArticle.findUnique({ where: key, select: { allClaims: true } });
      before = existing ?? undefined;
      added = existing?.allClaims !== item.allClaims;
      await tx.caseArticle.upsert({
        where: key,
        create: { caseId, articleId: item.id, allClaims: item.allClaims },
        update: { allClaims: item.allClaims },
      });
    } else if (item.kind === "claim") {
      if (!(await tx.claim.findFirst({ where: inTeam, select: { id: true } }))) throw new AppError("NOT_FOUND");
      added = (await tx.caseClaim.createMany({ data: [{ caseId, claimId: item.id }], skipDuplicates: true })).count > 0;
    } else {
      if (!(await tx.source.findFirst({ where: inTeam, select: { id: true } }))) throw new AppError("NOT_FOUND");
      added =
        (await tx.caseSource.createMany({ data: [{ caseId, sourceId: item.id }], skipDuplicates: true })).count > 0;
    }
    if (added) {
      await touchCase(tx, member, caseId, { edition: item.kind !== "source" });
      await recordAuditEvent(tx, {
        teamId: member.teamId,
        actorId: member.userId,
        action: "case.add",
        entityType: "Case",
        entityId: caseId,
        ...(before ? { before: { ...item, ...before } } : {}),
        after: { ...item },
      });
    }
    return { added };
  });
}
