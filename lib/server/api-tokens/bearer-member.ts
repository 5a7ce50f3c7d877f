import "server-only";
import type { Member } from "@/lib/auth/member";
import { db } from "@/lib/db";
import { parseBearerToken } from "@/lib/domain/api-tokens/bearer-token";
import { lowerRole } from "@/lib/domain/api-tokens/token-role";
import { hashApiToken, sameApiTokenHash } from "./api-token-secret";

/** lastUsedAt is written at most this often per token, so busy tokens do not write on every call. */
export const LAST_USED_PRECISION_MS = 60_000;

/**
 * The member an API call acts as, from its `Authorization: Bearer <token>` header, or null for
 * anything that is not a usable token (the API answers 401 alike, so a caller learns nothing).
 *
 * The token is found by its prefix and its hash compared in constant time. It acts in its own team
 * as its creator, with the lower of its ceiling and the creator's role now: a demotion reaches the
 * token at once, and a creator who can no longer act in the team (membership disabled, or disabled
 * everywhere by the operator) takes their tokens with them. Like a session's member, this is read
 * afresh on every call.
 */
export async function memberFromBearerToken(authorization: string | null): Promise<Member | null> {
  const parsed = parseBearerToken(authorization);
  if (!parsed) return null;
  const row = await db.apiToken.findUnique({
    where: { prefix: parsed.prefix },
    select: {
      id: true,
      teamId: true,
      role: true,
      secretHash: true,
      expiresAt: true,
      revokedAt: true,
      team: { select: { name: true } },
      createdById: true,
    },
  });
  // Hash even when no token has this prefix, so a miss and a wrong secret take the same time.
  const presented = hashApiToken(parsed.token);
  if (!row || !sameApiTokenHash(presented, row.secretHash)) return null;
  const now = new Date();
  if (row.revokedAt || (row.expiresAt && row.expiresAt.getTime() <= now.getTime())) return null;
  const membership = await db.membership.findUnique({
    where: { userId_teamId: { userId: row.createdById, teamId: row.teamId } },
    select: { role: true, disabledAt: true, user: { select: { name: true, email: true } } },
  });
  if (!membership || membership.disabledAt) return null;

  await touchLastUsed(row.id, now);
  const role = lowerRole(row.role, membership.role);
  return {
    userId: row.createdById,
    name: membership.user.name,
    email: membership.user.email,
    teamId: row.teamId,
    teamName: row.team.name,
    role,
    // A token acts in its own team only.
    teams: [{ teamId: row.teamId, teamName: row.team.name, role }],
    tokenId: row.id,
  };
}

/** One conditional UPDATE: concurrent calls never write twice a minute, and no read comes first. */
async function touchLastUsed(tokenId: string, now: Date): Promise<void> {
  const stale = new Date(now.getTime() - LAST_USED_PRECISION_MS);
  await db.apiToken.updateMany({
    where: { id: tokenId, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: stale } }] },
    data: { lastUsedAt: now },
  });
}
