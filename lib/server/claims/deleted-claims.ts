import "server-only";
import { z } from "zod";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

/** A claim that was deleted: what it said, when and by whom. Its history stays in the audit trail. */
export interface DeletedClaim {
  claimId: string;
  articleId: string | null;
  statement: string;
  deletedAt: string;
  deletedBy: string | null;
}

/** Deleted claims listed on an article: the latest ones, a bounded list. */
export const DELETED_CLAIMS_SHOWN = 50;

/**
 * The deleted claim behind an id the claim page could not find, or null. One row of the team's
 * audit trail, through its (teamId, entityType, entityId) index.
 */
export async function findDeletedClaim(member: Member, claimId: string): Promise<DeletedClaim | null> {
  assertCan(member, "team.read");
  if (!z.uuid().safeParse(claimId).success) return null;
  const event = await db.auditEvent.findFirst({
    where: { teamId: member.teamId, entityType: "Claim", entityId: claimId, action: "claim.delete" },
    orderBy: { createdAt: "desc" },
    select: { entityId: true, before: true, createdAt: true, actorId: true },
  });
  return event ? (await withActorNames([event]))[0]! : null;
}

/**
 * The article's deleted claims, latest first, at most DELETED_CLAIMS_SHOWN: read through the partial
 * index on the deleted claim's article (migration 20261201000500), never the team's whole trail.
 * Claims deleted before their article was recorded with them are reachable by their own URL only.
 */
export async function listDeletedClaims(member: Member, articleId: string): Promise<DeletedClaim[]> {
  assertCan(member, "team.read");
  if (!z.uuid().safeParse(articleId).success) return [];
  // Raw SQL: the filter must be the indexed expression itself for the planner to use the index.
  const events = await db.$queryRaw<AuditRow[]>`
    SELECT "entityId", "before", "createdAt", "actorId" FROM "AuditEvent"
    WHERE "teamId" = ${member.teamId}::uuid AND "action" = 'claim.delete' AND ("before"->>'articleId') = ${articleId}
    ORDER BY "id" DESC LIMIT ${DELETED_CLAIMS_SHOWN}`;
  return withActorNames(events);
}

interface AuditRow {
  entityId: string;
  before: unknown;
  createdAt: Date;
  actorId: string | null;
}

async function withActorNames(events: AuditRow[]): Promise<DeletedClaim[]> {
  const actorIds = [...new Set(events.flatMap((event) => (event.actorId ? [event.actorId] : [])))];
  const actors = actorIds.length
    ? await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } })
    : [];
  const names = new Map(actors.map((actor) => [actor.id, actor.name]));
  return events.map((event) => toDeletedClaim(event, event.actorId ? (names.get(event.actorId) ?? null) : null));
}

function toDeletedClaim(event: AuditRow, deletedBy: string | null): DeletedClaim {
  const before = (typeof event.before === "object" && event.before !== null ? event.before : {}) as Record<
    string,
    unknown
  >;
  return {
    claimId: event.entityId,
    articleId: typeof before.articleId === "string" ? before.articleId : null,
    statement: typeof before.statement === "string" ? before.statement : "",
    deletedAt: event.createdAt.toISOString(),
    deletedBy,
  };
}
