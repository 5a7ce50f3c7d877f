import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { normalizeForMatch } from "@/lib/domain/text/arabic-normalize";
import { entitySelect, toEntityDto, type EntityDto } from "./entity-dto";

/**
 * The team's entities, optionally those with a name or alias containing `query`, compared
 * in normalised form: "اومسين" finds "عمر أومسين", "omsen" finds "Omar Omsen".
 */
export async function listEntities(
  member: Member,
  options: { query?: string; limit?: number } = {},
): Promise<EntityDto[]> {
  assertCan(member, "team.read");
  const key = options.query ? normalizeForMatch(options.query) : "";
  const rows = await db.entity.findMany({
    where: { teamId: member.teamId, ...(key ? { aliases: { some: { normalized: { contains: key } } } } : {}) },
    select: entitySelect,
    orderBy: { name: "asc" },
    take: options.limit ?? 500,
  });
  return rows.map(toEntityDto);
}
