import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TUpdateSourceInput } from "@/lib/schemas/sources";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { loadSource } from "./load-source";
import { sourceAuditView, type SourceDto } from "./source-dto";
import { guessFromNotes } from "./guess-source-origin";
import { assertOriginInTeam } from "./source-origin";

/** Edits a source's description; a stale version is refused with the current source. The URL is fixed once cited. */
export async function updateSource(member: Member, input: TUpdateSourceInput): Promise<SourceDto> {
  assertCan(member, "source.update");
  return db.$transaction(async (tx) => {
    const before = await loadSource(member.teamId, input.sourceId, tx);
    if (before.version !== input.version) throw new AppError("STALE_VERSION", "Source changed", { current: before });
    await assertOriginInTeam(tx, member.teamId, input.originId);
    const guess = await guessFromNotes(tx, member.teamId, input);
    const updated = await tx.source.updateMany({
      where: { id: before.id, version: input.version },
      data: {
        title: input.title,
        outlet: input.outlet,
        author: input.author,
        publishedAt: input.publishedAt ? new Date(`${input.publishedAt}T00:00:00Z`) : null,
        language: input.language,
        kind: input.kind,
        reliability: input.reliability,
        originId: input.originId,
        // Notes that now name an origin offer it; a guess from the captured page stays otherwise.
        ...(guess ? { suggestedOriginId: guess.entityId, suggestedOriginCue: guess.cue } : {}),
        notes: input.notes,
        updatedById: member.userId,
        version: { increment: 1 },
      },
    });
    if (updated.count !== 1)
      throw new AppError("STALE_VERSION", "Source changed", {
        current: await loadSource(member.teamId, before.id, tx),
      });
    const after = await loadSource(member.teamId, before.id, tx);
    await recordAuditEvent(tx, {
      teamId: member.teamId,
      actorId: member.userId,
      action: "source.update",
      entityType: "Source",
      entityId: before.id,
      before: sourceAuditView(before),
      after: sourceAuditView(after),
    });
    return after;
  });
}
