import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { fingerprintOf } from "@/lib/domain/reports/integrity";
import { AppError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { newSigningKeyRow } from "./team-signing-key";

/**
 * Retires the team's current signing key (notAfter = now; it stays published, so the reports it
 * signed still verify) and makes a new one that signs from now on. For a member (the Team page)
 * or the operator (`npm run admin -- rotate-key`, actorId null).
 */
export async function rotateSigningKey(member: Member): Promise<{ keyId: string; fingerprint: string }> {
  assertCan(member, "signingKey.rotate");
  return rotateTeamSigningKey(member.teamId, member.userId);
}

/** The operator's way (`npm run admin -- rotate-key "<team>"`): the team by name, ignoring case. */
export async function rotateSigningKeyAsOperator(input: {
  teamName: string;
}): Promise<{ teamName: string; keyId: string; fingerprint: string }> {
  const team = await db.team.findFirst({
    where: { name: { equals: input.teamName, mode: "insensitive" } },
    select: { id: true, name: true },
  });
  if (!team) throw new AppError("NOT_FOUND", `No team is called "${input.teamName}"`);
  return { teamName: team.name, ...(await rotateTeamSigningKey(team.id, null)) };
}

async function rotateTeamSigningKey(
  teamId: string,
  actorId: string | null,
): Promise<{ keyId: string; fingerprint: string }> {
  return db.$transaction(async (tx) => {
    // One rotation at a time per team: the second waits and then retires the first one's new key.
    await tx.$queryRaw`SELECT id FROM "Team" WHERE id = ${teamId}::uuid FOR UPDATE`;
    const previous = await tx.teamSigningKey.findFirst({ where: { teamId, notAfter: null } });
    if (previous) await tx.teamSigningKey.update({ where: { id: previous.id }, data: { notAfter: new Date() } });
    const created = await tx.teamSigningKey.create({ data: newSigningKeyRow(teamId) });
    const fingerprint = fingerprintOf(created.publicKey);
    await recordAuditEvent(tx, {
      teamId,
      actorId,
      action: "signingKey.rotate",
      entityType: "TeamSigningKey",
      entityId: created.id,
      before: previous ? { keyId: previous.id, fingerprint: fingerprintOf(previous.publicKey) } : undefined,
      after: { keyId: created.id, fingerprint },
    });
    return { keyId: created.id, fingerprint };
  });
}
