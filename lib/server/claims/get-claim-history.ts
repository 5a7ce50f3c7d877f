import "server-only";
import { z } from "zod";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { fieldChanges } from "@/lib/domain/history/field-changes";
import { displayChange, type DisplayChange } from "@/lib/domain/history/history-display";
import { decodeCursor, PAGE_SIZE, pageOf, type Page } from "@/lib/domain/paging/keyset-cursor";
import { AppError } from "@/lib/errors";

export interface HistoryEntry {
  id: string;
  at: string;
  actor: string | null;
  /** The audit action, e.g. "claim.approve", "evidence.create", "comment.create". */
  action: string;
  /** What changed, as the timeline shows it (labels and terms as message keys). */
  changes: DisplayChange[];
  /** Review notes and correction notes. */
  note: string | null;
  /** The source cited, re-graded or removed, for evidence events: named and linked in the timeline. */
  source: { id: string; title: string } | null;
}

/** Where a page of history ends: the id of its earliest event (audit ids only grow). */
const ZHistoryKey = z.object({ id: z.string().regex(/^\d{1,19}$/) });

/**
 * One page of what was recorded about a claim, its rating, evidence, status and comments: the
 * latest PAGE_SIZE events, read oldest first like a timeline; `nextCursor` leads to the events
 * before them. One index range on AuditEvent(claimId, id), whatever the size of the team's
 * trail. Read-only by design.
 */
export async function getClaimHistory(
  member: Member,
  claimId: string,
  options: { cursor?: string | null } = {},
): Promise<Page<HistoryEntry>> {
  assertCan(member, "team.read");
  if (!z.uuid().safeParse(claimId).success) throw new AppError("NOT_FOUND");
  const before = decodeCursor(options.cursor, ZHistoryKey);
  const rows = await db.auditEvent.findMany({
    where: { claimId, teamId: member.teamId, ...(before ? { id: { lt: BigInt(before.id) } } : {}) },
    orderBy: { id: "desc" },
    take: PAGE_SIZE + 1,
  });
  // Another team's claim has no events here; it is refused like a claim that does not exist.
  if (rows.length === 0) {
    const claim = await db.claim.findFirst({ where: { id: claimId, teamId: member.teamId }, select: { id: true } });
    if (!claim) throw new AppError("NOT_FOUND");
  }
  const page = pageOf(rows, PAGE_SIZE, (event) => ({ id: String(event.id) }));
  const actorIds = [...new Set(page.items.flatMap((event) => (event.actorId ? [event.actorId] : [])))];
  const actors = actorIds.length
    ? await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } })
    : [];
  const names = new Map(actors.map((actor) => [actor.id, actor.name]));
  const sourceIdOf = (event: (typeof page.items)[number]) => {
    if (event.entityType !== "Evidence") return null;
    const state = (event.after ?? event.before ?? {}) as Record<string, unknown>;
    return typeof state.sourceId === "string" && z.uuid().safeParse(state.sourceId).success ? state.sourceId : null;
  };
  const sourceIds = [...new Set(page.items.flatMap((event) => sourceIdOf(event) ?? []))];
  const sources = sourceIds.length
    ? await db.source.findMany({
        where: { id: { in: sourceIds }, teamId: member.teamId },
        select: { id: true, title: true },
      })
    : [];
  const sourceTitles = new Map(sources.map((source) => [source.id, source.title]));
  const entries = page.items.toReversed().map((event): HistoryEntry => {
    const after = (event.after ?? null) as Record<string, unknown> | null;
    const { note, ...afterFields } = after ?? {};
    return {
      id: String(event.id),
      at: event.createdAt.toISOString(),
      actor: event.actorId ? (names.get(event.actorId) ?? null) : null,
      action: event.action,
      source: (() => {
        const sourceId = sourceIdOf(event);
        const title = sourceId ? sourceTitles.get(sourceId) : undefined;
        return sourceId && title !== undefined ? { id: sourceId, title } : null;
      })(),
      changes:
        event.action === "comment.create"
          ? []
          : fieldChanges(event.before, after ? afterFields : null).flatMap((change) => displayChange(change) ?? []),
      note:
        typeof note === "string"
          ? note
          : event.action === "comment.create" && typeof after?.body === "string"
            ? after.body
            : null,
    };
  });
  return { items: entries, nextCursor: page.nextCursor };
}
