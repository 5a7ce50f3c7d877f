import "server-only";
import { randomBytes } from "node:crypto";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { caseWhere } from "./case-scope";

export interface CaseLinkDto {
  id: string;
  token: string;
  createdAt: string;
  revokedAt: string | null;
}

const toDto = (link: { id: string; token: string; createdAt: Date; revokedAt: Date | null }): CaseLinkDto => ({
  id: link.id,
  token: link.token,
  createdAt: link.createdAt.toISOString(),
  revokedAt: link.revokedAt?.toISOString() ?? null,
});

/** A read-only public link to the case's published edition (256 random bits); only once there is one. */
export async function createCaseLink(member: Member, input: { caseId: string }): Promise<CaseLinkDto> {
  assertCan(member, "report.publishLink");
  return db.$transaction(async (tx) => {
    const found = await tx.case.findFirst({
      where: caseWhere(member, input.caseId),
      select: { id: true, editionPublishedAt: true },
    });
    if (!found) throw new AppError("NOT_FOUND");
    if (!found.editionPublishedAt) throw new AppError("CONFLICT", "Publish the case first", { reason: "noEdition" });
    const link = await tx.caseLink.create({
      data: {
        token: randomBytes(32).toString("base64url"),
        teamId: member.teamId,
        caseId: found.id,
        createdById: member.userId,
      },
    });
    await recordAuditEvent(tx, {
      teamId: member.teamId,
      actorId: member.userId,
      action: "caseLink.create",
      entityType: "CaseLink",
      entityId: link.id,
      after: { caseId: found.id },
    });
    return toDto(link);
  });
}

export async function revokeCaseLink(member: Member, input: { linkId: string }): Promise<{ linkId: string }> {
  assertCan(member, "report.publishLink");
  return db.$transaction(async (tx) => {
    const link = await tx.caseLink.findFirst({ where: { id: input.linkId, teamId: member.teamId } });
    if (!link) throw new AppError("NOT_FOUND");
    if (!link.revokedAt) {
      await tx.caseLink.update({ where: { id: link.id }, data: { revokedAt: new Date() } });
      await recordAuditEvent(tx, {
        teamId: member.teamId,
        actorId: member.userId,
        action: "caseLink.revoke",
        entityType: "CaseLink",
        entityId: link.id,
        after: { caseId: link.caseId },
      });
    }
    return { linkId: link.id };
  });
}

export async function listCaseLinks(member: Member, input: { caseId: string }): Promise<CaseLinkDto[]> {
  assertCan(member, "team.read");
  const links = await db.caseLink.findMany({
    where: { caseId: input.caseId, teamId: member.teamId },
    orderBy: { createdAt: "desc" },
  });
  return links.map(toDto);
}

/** For the public page: the live link's team and case, or null when unknown or revoked. No session involved. */
export async function resolveCaseLink(token: string): Promise<{ teamId: string; caseId: string } | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const link = await db.caseLink.findUnique({
    where: { token },
    select: { teamId: true, caseId: true, revokedAt: true },
  });
  return link && !link.revokedAt ? { teamId: link.teamId, caseId: link.caseId } : null;
}
