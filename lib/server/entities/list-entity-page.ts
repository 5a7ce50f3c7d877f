import "server-only";
import { z } from "zod";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { decodeCursor, PAGE_SIZE, pageOf, type Page } from "@/lib/domain/paging/keyset-cursor";
import { normalizeForMatch } from "@/lib/domain/text/arabic-normalize";
import type { Prisma } from "@/lib/generated/prisma/client";
import { entitySelect, toEntityDto, type EntityDto } from "./entity-dto";

// The cursor names the page's last entity only; its name is read back, so a long name never
// makes a cursor too long for the URL.
const ZEntityKey = z.object({ id: z.uuid() });

/**
 * One page of the team's entities for the entities list, by name, optionally those with a name
 * or alias containing `query` (compared in normalised form, as listEntities does).
 */
export async function listEntityPage(
  member: Member,
  options: { query?: string; cursor?: string | null } = {},
): Promise<Page<EntityDto>> {
  assertCan(member, "team.read");
  const key = options.query ? normalizeForMatch(options.query) : "";
  const afterId = decodeCursor(options.cursor, ZEntityKey)?.id;
  const after = afterId
    ? await db.entity.findFirst({ where: { id: afterId, teamId: member.teamId }, select: { id: true, name: true } })
    : null;
  const where: Prisma.EntityWhereInput = {
    teamId: member.teamId,
    ...(key ? { aliases: { some: { normalized: { contains: key } } } } : {}),
    ...(after ? { OR: [{ name: { gt: after.name } }, { name: after.name, id: { gt: after.id } }] } : {}),
  };
  const rows = await db.entity.findMany({
    where,
    select: entitySelect,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: PAGE_SIZE + 1,
  });
  const page = pageOf(rows, PAGE_SIZE, (row) => ({ id: row.id }));
  return { items: page.items.map(toEntityDto), nextCursor: page.nextCursor };
}
