import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { TEntityFields } from "@/lib/schemas/entities";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { entitySelect, toEntityDto, type EntityDto } from "./entity-dto";
import { saveEntityAliases } from "./save-entity-aliases";

export async function createEntity(member: Member, input: TEntityFields): Promise<EntityDto> {
  assertCan(member, "entity.manage");
  return db.$transaction(async (tx) => {
    const entity = await tx.entity.create({
      data: {
        teamId: member.teamId,
        name: input.name,
        arabicName: input.arabicName ?? null,
        kind: input.kind,
        description: input.description,
        sameAs: input.sameAs,
        createdById: member.userId,
      },
    });
    await saveEntityAliases(tx, entity, [...input.aliases, ...(input.arabicName ? [input.arabicName] : [])]);
    const created = toEntityDto(await tx.entity.findUniqueOrThrow({ where: { id: entity.id }, select: entitySelect }));
    await recordAuditEvent(tx, {
      teamId: member.teamId,
      actorId: member.userId,
      action: "entity.create",
      entityType: "Entity",
      entityId: entity.id,
      after: { ...created },
    });
    return created;
  });
}
