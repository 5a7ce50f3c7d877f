import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { newestFirstKey, PAGE_SIZE, pageOf, type Page } from "@/lib/domain/paging/keyset-cursor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { afterNewestFirst } from "@/lib/server/paging/after-cursor";
import { countCaseMembers, noCounts, type CaseCounts } from "./case-counts";
import { isoDay } from "./case-record";

export interface CaseListItem {
  id: string;
  title: string;
  leadName: string | null;
  eventStart: string | null;
  eventEnd: string | null;
  createdAt: string;
  counts: CaseCounts;
}

export interface CaseListPage extends Page<CaseListItem> {
  total: number;
}

/** One page of the team's cases, newest first, with their members counted for the page in one statement. */
export async function listCases(member: Member, options: { cursor?: string | null } = {}): Promise<CaseListPage> {
  assertCan(member, "team.read");
  const where: Prisma.CaseWhereInput = {
    teamId: member.teamId,
    ...afterNewestFirst<Prisma.CaseWhereInput>(options.cursor),
  };
  const [rows, total] = await Promise.all([
    db.case.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: PAGE_SIZE + 1,
      select: {
        id: true,
        title: true,
        eventStart: true,
        eventEnd: true,
        createdAt: true,
        lead: { select: { name: true } },
      },
    }),
    db.case.count({ where: { teamId: member.teamId } }),
  ]);
  const page = pageOf(rows, PAGE_SIZE, (row) => newestFirstKey(row, row.createdAt));
  const counts = await countCaseMembers(page.items.map((row) => row.id));
  return {
    total,
    nextCursor: page.nextCursor,
    items: page.items.map((row) => ({
      id: row.id,
      title: row.title,
      leadName: row.lead?.name ?? null,
      eventStart: isoDay(row.eventStart),
      eventEnd: isoDay(row.eventEnd),
      createdAt: row.createdAt.toISOString(),
      counts: counts.get(row.id) ?? noCounts,
    })),
  };
}
