import "server-only";
import { randomBytes } from "node:crypto";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";

export interface ReportLinkDto {
  id: string;
  token: string;
  createdAt: string;
  revokedAt: string | null;
}

/** Publishes a read-only link to the article's report of published claims (256 random bits). */
export async function createReportLink(member: Member, input: { articleId: string }): Promise<ReportLinkDto> {
  assertCan(member, "report.publishLink");
  return db.$transaction(async (tx) => {
    const article = await tx.article.findFirst({
      where: { id: input.articleId, teamId: member.teamId },
      select: { id: true },
    });
    if (!article) throw new AppError("NOT_FOUND");
    const link = await tx.reportLink.create({
      data: {
        token: randomBytes(32).toString("base64url"),
        teamId: member.teamId,
        articleId: article.id,
        createdById: member.userId,
      },
    });
    await recordAuditEvent(tx, {
      teamId: member.teamId,
      actorId: member.userId,
      action: "reportLink.create",
      entityType: "ReportLink",
      entityId: link.id,
      after: { articleId: article.id },
    });
    return { id: link.id, token: link.token, createdAt: link.createdAt.toISOString(), revokedAt: null };
  });
}

export async function revokeReportLink(member: Member, input: { linkId: string }): Promise<{ linkId: string }> {
  assertCan(member, "report.publishLink");
  return db.$transaction(async (tx) => {
    const link = await tx.reportLink.findFirst({ where: { id: input.linkId, teamId: member.teamId } });
    if (!link) throw new AppError("NOT_FOUND");
    if (!link.revokedAt) {
      await tx.reportLink.update({ where: { id: link.id }, data: { revokedAt: new Date() } });
      await recordAuditEvent(tx, {
        teamId: member.teamId,
        actorId: member.userId,
        action: "reportLink.revoke",
        entityType: "ReportLink",
        entityId: link.id,
        after: { articleId: link.articleId },
      });
    }
    return { linkId: link.id };
  });
}

export async function listReportLinks(member: Member, articleId: string): Promise<ReportLinkDto[]> {
  assertCan(member, "team.read");
  const links = await db.reportLink.findMany({
    where: { articleId, teamId: member.teamId },
    orderBy: { createdAt: "desc" },
  });
  return links.map((link) => ({
    id: link.id,
    token: link.token,
    createdAt: link.createdAt.toISOString(),
    revokedAt: link.revokedAt?.toISOString() ?? null,
  }));
}

/** For the public page: the link's team and article, or null when unknown or revoked. No session involved. */
export async function resolveReportLink(token: string): Promise<{ teamId: string; articleId: string } | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const link = await db.reportLink.findUnique({
    where: { token },
    select: { teamId: true, articleId: true, revokedAt: true },
  });
  return link && !link.revokedAt ? { teamId: link.teamId, articleId: link.articleId } : null;
}
