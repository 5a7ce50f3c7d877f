import "server-only";
import type { Tx } from "@/lib/db";
import { entityAliasRows } from "@/lib/domain/entities/entity-aliases";

/** Replaces an entity's aliases (its name included) with one row per normalised spelling. */
export async function saveEntityAliases(
  tx: Tx,
  entity: { id: string; teamId: string; name: string },
  aliases: string[],
): Promise<void> {
  await tx.entityAlias.deleteMany({ where: { entityId: entity.id } });
  await tx.entityAlias.createMany({
    data: entityAliasRows(entity.name, aliases).map((row) => ({ ...row, entityId: entity.id, teamId: entity.teamId })),
  });
}
