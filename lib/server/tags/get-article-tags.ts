import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { MAX_TAGS_PER_TEAM } from "@/lib/schemas/tags";
import { sortTagChips, type TagChip } from "./tag-dto";

/**
 * An article's tags and the team's tags to pick from (internal: the article workbench and the API, never a
 * public view), in one statement: no row when the article is not the team's (NOT_FOUND), one row
 * with no tag when the team has none.
 */
export async function getArticleTags(
  member: Member,
  articleId: string,
): Promise<{ tags: TagChip[]; choices: TagChip[] }> {
  assertCan(member, "team.read");
  const rows = await db.$queryRaw<{ id: string | null; name: string | null; color: string | null; on: boolean }[]>(
    Prisma.sql`
      SELECT t.id, t.name, t.color, ct."tagId" IS NOT NULL AS "on"
      FROM "Article" c
      LEFT JOIN "Tag" t ON t."teamId" = c."teamId"
      LEFT JOIN "ArticleTag" ct ON ct."articleId" = c.id AND ct."tagId" = t.id
      WHERE c.id = ${articleId}::uuid AND c."teamId" = ${member.teamId}::uuid
      LIMIT ${MAX_TAGS_PER_TEAM}`,
  );
  if (rows.length === 0) throw new AppError("NOT_FOUND");
  const choices = rows.flatMap((row) =>
    row.id && row.name && row.color ? [{ id: row.id, name: row.name, color: row.color, on: row.on }] : [],
  );
  const chip = ({ id, name, color }: TagChip) => ({ id, name, color });
  return { tags: sortTagChips(choices.filter((tag) => tag.on).map(chip)), choices: sortTagChips(choices.map(chip)) };
}
