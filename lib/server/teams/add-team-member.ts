import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TAddMemberInput } from "@/lib/schemas/auth";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { hashPassword } from "@/lib/server/auth/password";
import { teamMemberSelect, toTeamMemberDto, type TeamMemberDto } from "./member-dto";

/**
 * Adds a person to the acting member's team. A new email gets an account with the given
 * password; an existing account just gains a membership (its password is left alone).
 */
export async function addTeamMember(member: Member, input: TAddMemberInput): Promise<TeamMemberDto> {
  assertCan(member, "member.manage");
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const user =
      (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) ??
      (await tx.user.create({ data: { email: input.email, name: input.name, passwordHash }, select: { id: true } }));
    const existing = await tx.membership.findUnique({
      where: { userId_teamId: { userId: user.id, teamId: member.teamId } },
      select: { id: true },
    });
    if (existing) throw new AppError("CONFLICT", "Already a member", { reason: "alreadyMember" });

    const created = await tx.membership.create({
      data: { userId: user.id, teamId: member.teamId, role: input.role },
      select: teamMemberSelect,
    });
    await recordAuditEvent(tx, {
      teamId: member.teamId,
      actorId: member.userId,
      action: "member.add",
      entityType: "Membership",
      entityId: created.id,
      after: { userId: user.id, email: input.email, role: input.role },
    });
    return toTeamMemberDto(created);
  });
}
