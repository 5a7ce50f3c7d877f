import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { MAX_TAGS_PER_TEAM } from "@/lib/schemas/tags";
import { sortTagChips, tagSelect, toTagDto, type TagDto } from "./tag-dto";

export interface TagWithUsage extends TagDto {
  claims: number;
  articles: number;
}

/** The team's tags by name, with how many claims and articles carry each (a team has at most MAX_TAGS_PER_TEAM). */
export async function listTags(member: Member): Promise<TagWithUsage[]> {
  assertCan(member, "team.read");
  const rows = await db.tag.findMany({
    where: { teamId: member.teamId },
    select: { ...tagSelect, _count: { select: { claims: true, articles: true } } },
    take: MAX_TAGS_PER_TEAM,
  });
  return sortTagChips(
    rows.map(({ _count, ...tag }) => ({ ...toTagDto(tag), claims: _count.claims, articles: _count.articles })),
  );
}

/** The team's tags by name, without counting their use: list filters, the API. */
export async function listTagChoices(member: Member): Promise<TagDto[]> {
  assertCan(member, "team.read");
  const rows = await db.tag.findMany({ where: { teamId: member.teamId }, select: tagSelect, take: MAX_TAGS_PER_TEAM });
  return sortTagChips(rows.map(toTagDto));
}
