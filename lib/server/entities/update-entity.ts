import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TUpdateEntityInput } from "@/lib/schemas/entities";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { entitySelect, toEntityDto, type EntityDto } from "./entity-dto";
import { saveEntityAliases } from "./save-entity-aliases";

export async function updateEntity(member: Member, input: TUpdateEntityInput): Promise<EntityDto> {
  assertCan(member, "entity.manage");
  return db.$transaction(async (tx) => {
    const current = await tx.entity.findFirst({
      where: { id: input.entityId, teamId: member.teamId },
      select: entitySelect,
    });
    if (!current) throw new AppError("NOT_FOUND");
    const before = toEntityDto(current);
    if (current.version !== input.version) throw new AppError("STALE_VERSION", "Entity changed", { current: before });

    const updated = await tx.entity.updateMany({
      where: { id: current.id, version: input.version },
      data: {
        name: input.name,
        arabicName: input.arabicName ?? null,
        kind: input.kind,
        description: input.description,
        sameAs: input.sameAs,
        version: { increment: 1 },
      },
    });
    if (updated.count !== 1) throw new AppError("STALE_VERSION");
    await saveEntityAliases(tx, { id: current.id, teamId: member.teamId, name: input.name }, [
      ...input.aliases,
      ...(input.arabicName ? [input.arabicName] : []),
    ]);

    const after = toEntityDto(await tx.entity.findUniqueOrThrow({ where: { id: current.id }, select: entitySelect }));
    await recordAuditEvent(tx, {
      teamId: member.teamId,
      actorId: member.userId,
      action: "entity.update",
      entityType: "Entity",
      entityId: current.id,
      before: { ...before },
      after: { ...after },
    });
    return after;
  });
}
