import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { fieldChanges } from "@/lib/domain/history/field-changes";
import { displayChange, type DisplayChange } from "@/lib/domain/history/history-display";
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
}

/** Every recorded change to a claim, its rating, evidence, status and comments, oldest first. Read-only by design. */
export async function getClaimHistory(member: Member, claimId: string): Promise<HistoryEntry[]> {
  assertCan(member, "team.read");
  const claim = await db.claim.findFirst({ where: { id: claimId, teamId: member.teamId }, select: { id: true } });
  if (!claim) throw new AppError("NOT_FOUND");
  const events = await db.auditEvent.findMany({
    where: {
      teamId: member.teamId,
      OR: [
        { entityType: "Claim", entityId: claim.id },
        { entityType: { in: ["Evidence", "Comment"] }, after: { path: ["claimId"], equals: claim.id } },
        { entityType: "Evidence", before: { path: ["claimId"], equals: claim.id } },
      ],
    },
    orderBy: { id: "asc" },
    take: 1000,
  });
  const actors = await db.user.findMany({
    where: { id: { in: [...new Set(events.flatMap((event) => (event.actorId ? [event.actorId] : [])))] } },
    select: { id: true, name: true },
  });
  const names = new Map(actors.map((actor) => [actor.id, actor.name]));
  return events.map((event) => {
    const after = (event.after ?? null) as Record<string, unknown> | null;
    const { note, ...afterFields } = after ?? {};
    return {
      id: String(event.id),
      at: event.createdAt.toISOString(),
      actor: event.actorId ? (names.get(event.actorId) ?? null) : null,
      action: event.action,
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
}
