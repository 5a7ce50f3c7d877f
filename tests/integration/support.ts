import { randomInt, randomUUID } from "node:crypto";
import type { Member } from "@/lib/auth/member";
import type { Role } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { isAppError, type AppError } from "@/lib/errors";
import { hashPassword } from "@/lib/server/auth/password";
import { createEntity } from "@/lib/server/entities/create-entity";
import type { TEntityKind } from "@/lib/schemas/entities";
import { loadMember } from "@/lib/server/users/load-member";

export const TEST_PASSWORD = "correct horse battery";
let cachedHash: Promise<string> | undefined;

/** A fresh team with one member per requested role; unique rows, so tests never collide. */
export async function createTeam(roles: Role[] = ["ADMIN", "EDITOR", "FACT_CHECKER", "VIEWER"]) {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const passwordHash = await cachedHash;
  const tag = randomUUID().slice(0, 8);
  const team = await db.team.create({ data: { name: `Team ${tag}`, slug: `team-${tag}` } });
  const members: Partial<Record<Role, Member>> = {};
  for (const role of roles) {
    const user = await db.user.create({
      data: { email: `${role.toLowerCase()}-${tag}@example.test`, name: `${role} ${tag}`, passwordHash },
    });
    await db.membership.create({ data: { userId: user.id, teamId: team.id, role } });
    members[role] = (await loadMember({ userId: user.id, preferredTeamId: team.id }))!;
  }
  return { team, members: members as Record<Role, Member>, tag };
}

/** A client address of its own (its own IPv6 /64), so one test's login limits never reach another's. */
export function uniqueAddress(): string {
  const word = () => randomInt(0, 0x10000).toString(16);
  return `2001:db8:${word()}:${word()}::1`;
}

export async function createArticle(teamId: string, title: string) {
  const text = `${title}.`;
  return db.article.create({
    data: {
      teamId,
      title,
      language: "en",
      direction: "ltr",
      revisions: { create: { number: 1, text, sha256: "0".repeat(64), origin: "PASTE" } },
    },
  });
}

export function auditEventsFor(entityId: string) {
  return db.auditEvent.findMany({ where: { entityId }, orderBy: { id: "asc" } });
}

/**
 * The expected refusal of a call: the AppError it threw (translated for the user, never logged
 * as a server error). Any other error fails the test as it is; success fails it too.
 */
export async function refusal(call: () => Promise<unknown>): Promise<AppError> {
  try {
    await call();
  } catch (error) {
    if (isAppError(error)) return error;
    throw error;
  }
  throw new Error("expected a refusal, and the call went through");
}

/** An entity of the member's team through the use case, with only the fields a test cares about. */
export function addEntity(
  member: Member,
  fields: { name: string; arabicName?: string | null; kind?: TEntityKind; aliases?: string[] },
) {
  return createEntity(member, {
    kind: "PERSON",
    arabicName: null,
    aliases: [],
    ...fields,
    description: null,
    sameAs: [],
  });
}
