import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { toFeedLinkDto, type FeedLinkDto } from "./feed-link-dto";

/** The team's feed links, newest first (a few at most: each is made by hand); their addresses are secrets. */
export async function listFeedLinks(member: Member): Promise<FeedLinkDto[]> {
  assertCan(member, "report.publishLink");
  const links = await db.feedLink.findMany({
    where: { teamId: member.teamId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 50,
  });
  return links.map(toFeedLinkDto);
}
