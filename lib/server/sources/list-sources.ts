import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { TSourceFilters } from "@/lib/schemas/sources";
import { latestCaptureJobs } from "./capture-jobs";
import { sourceFilterWhere } from "./source-filter-where";
import { sourceSelect, toSourceDto, type SourceDto } from "./source-dto";

const PAGE_SIZE = 100;

/** The team's sources, newest first, filtered by kind, reliability and a search over title, outlet and URL. */
export async function listSources(
  member: Member,
  filters: Partial<TSourceFilters> = {},
  limit = PAGE_SIZE,
): Promise<SourceDto[]> {
  assertCan(member, "team.read");
  const where = sourceFilterWhere(member, filters);
  return db.$transaction(
    async (tx) => {
      const rows = await tx.source.findMany({
        where,
        select: sourceSelect,
        orderBy: { createdAt: "desc" },
        take: Math.min(limit, PAGE_SIZE),
      });
      const jobs = await latestCaptureJobs(
        member.teamId,
        rows.map((row) => row.id),
        tx,
      );
      return rows.map((row) => toSourceDto(row, jobs.get(row.id) ?? null));
    },
    { isolationLevel: "RepeatableRead" },
  );
}
