import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { newestFirstKey, PAGE_SIZE, pageOf, type Page } from "@/lib/domain/paging/keyset-cursor";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TSourceFilters } from "@/lib/schemas/sources";
import { afterNewestFirst } from "@/lib/server/paging/after-cursor";
import { latestCaptureJobs } from "./capture-jobs";
import { sourceFilterWhere } from "./source-filter-where";
import { sourceSelect, toSourceDto, type SourceDto } from "./source-dto";

/** One page of the team's sources for the sources list, newest first, under its filters. */
export async function listSourcePage(
  member: Member,
  filters: Partial<TSourceFilters> & { cursor?: string | null } = {},
): Promise<Page<SourceDto>> {
  assertCan(member, "team.read");
  const where: Prisma.SourceWhereInput = {
    ...sourceFilterWhere(member, filters),
    AND: [afterNewestFirst<Prisma.SourceWhereInput>(filters.cursor)],
  };
  // No interactive transaction (it holds a connection for both reads, and under load waits for
  // one): a capture that finishes between the two reads only shows its newer state.
  const rows = await db.source.findMany({
    where,
    select: sourceSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE_SIZE + 1,
  });
  const page = pageOf(rows, PAGE_SIZE, (row) => newestFirstKey(row, row.createdAt));
  const jobs = await latestCaptureJobs(
    member.teamId,
    page.items.map((row) => row.id),
  );
  return { items: page.items.map((row) => toSourceDto(row, jobs.get(row.id) ?? null)), nextCursor: page.nextCursor };
}
