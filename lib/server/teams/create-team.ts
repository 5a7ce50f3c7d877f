import "server-only";
import { randomBytes } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { teamSlugBase } from "@/lib/domain/teams/team-slug";
import { AppError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { hashPassword } from "@/lib/server/auth/password";
import { ensureRatingScale } from "@/lib/server/ratings/ensure-rating-scale";
import { assertTeamNameFree } from "./assert-team-name-free";

export interface CreateTeamAsOperatorInput {
  teamName: string;
  adminEmail: string;
  adminName: string;
  /** Needed only when the email has no account yet; an existing account keeps its password. */
  password?: string;
}

export interface CreatedTeam {
  teamId: string;
  teamName: string;
  adminUserId: string;
  newAccount: boolean;
}

/**
 * Operator use case (`npm run admin -- create-team`): no signed-in member acts here — the
 * operator's authority is shell access to the server — so there is no permission check and
 * the audit events have no actor. Creates the team with the default verdict scale and its
 * first admin, all in one transaction.
 */
export async function createTeamAsOperator(input: CreateTeamAsOperatorInput): Promise<CreatedTeam> {
  const passwordHash = input.password === undefined ? undefined : await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    await assertTeamNameFree(tx, input.teamName);
    const team = await tx.team.create({
      data: { name: input.teamName, slug: await uniqueTeamSlug(tx, input.teamName) },
    });
    await ensureRatingScale(team.id, tx);

    const existing = await tx.user.findUnique({ where: { email: input.adminEmail }, select: { id: true } });
    if (!existing && passwordHash === undefined) {
      throw new AppError("BAD_INPUT", "A new account needs a password", { reason: "passwordRequired" });
    }
    const user =
      existing ??
      (await tx.user.create({
        data: { email: input.adminEmail, name: input.adminName, passwordHash: passwordHash! },
        select: { id: true },
      }));
    const membership = await tx.membership.create({ data: { userId: user.id, teamId: team.id, role: "ADMIN" } });

    await recordAuditEvent(tx, {
      teamId: team.id,
      actorId: null,
      action: "team.create",
      entityType: "Team",
      entityId: team.id,
      after: { name: team.name, by: "operator" },
    });
    await recordAuditEvent(tx, {
      teamId: team.id,
      actorId: null,
      action: "member.add",
      entityType: "Membership",
      entityId: membership.id,
      after: { userId: user.id, email: input.adminEmail, role: "ADMIN", newAccount: !existing, by: "operator" },
    });
    return { teamId: team.id, teamName: team.name, adminUserId: user.id, newAccount: !existing };
  });
}

/** Slugs are not shown anywhere yet; they only have to be unique and URL-safe. */
async function uniqueTeamSlug(tx: Tx, name: string): Promise<string> {
  const base = teamSlugBase(name);
  const taken = await tx.team.findUnique({ where: { slug: base }, select: { id: true } });
  return taken ? `${base}-${randomBytes(4).toString("hex")}` : base;
}
