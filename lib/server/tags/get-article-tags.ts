import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { MAX_TAGS_PER_TEAM } from "@/lib/schemas/tags";
import { sortTagChips, tagChipSelect, type TagChip } from "./tag-dto";

/** An article's tags and the team's tags to pick from (internal: the article workbench, never a public view). */
export async function getArticleTags(
  member: Member,
  articleId: string,
): Promise<{ tags: TagChip[]; choices: TagChip[] }> {
  assertCan(member, "team.read");
  const [article, choices] = await Promise.all([
    db.article.findFirst({
      where: { id: articleId, teamId: member.teamId },
      select: { tags: { select: { tag: { select: tagChipSelect } } } },
    }),
    db.tag.findMany({ where: { teamId: member.teamId }, select: tagChipSelect, take: MAX_TAGS_PER_TEAM }),
  ]);
  if (!article) throw new AppError("NOT_FOUND");
  return { tags: sortTagChips(article.tags.map((row) => row.tag)), choices: sortTagChips(choices) };
}
