import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TSourceFilters } from "@/lib/schemas/sources";
import { latestCaptureJobs } from "./capture-jobs";
import { sourceSelect, toSourceDto, type SourceDto } from "./source-dto";

const PAGE_SIZE = 100;

/** The team's sources, newest first, filtered by kind, reliability and a search over title, outlet and URL. */
export async function listSources(
  member: Member,
  filters: Partial<TSourceFilters> = {},
  limit = PAGE_SIZE,
): Promise<SourceDto[]> {
  assertCan(member, "team.read");
  const q = filters.q?.trim();
  const where: Prisma.SourceWhereInput = {
    teamId: member.teamId,
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.reliability ? { reliability: filters.reliability } : {}),
    ...(q
      ? {
          OR: [
            { title: { contains: q, mode: "insensitive" } },
            { outlet: { contains: q, mode: "insensitive" } },
            { url: { contains: q, mode: "insensitive" } },
            { origin: { name: { contains: q, mode: "insensitive" } } },
          ],
        }
      : {}),
  };
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
