import "server-only";
import { previewText } from "@/lib/domain/text/preview-text";
import { z } from "zod";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TSearchInput } from "@/lib/schemas/search";
import { sortTagChips, tagChipSelect, type TagChip } from "@/lib/server/tags/tag-dto";

export type ClaimListFilters = Partial<
  Pick<TSearchInput, "type" | "status" | "verdict" | "claimantId" | "articleId" | "tagId" | "from" | "to" | "cursor">
> & {
  assigneeId?: string | null;
  limit?: number;
};

export interface ClaimListItem {
  id: string;
  statement: string;
  type: string;
  status: string;
  createdAt: string;
  verdict: { key: string; name: string; nameAr: string | null; color: string } | null;
  claimant: { name: string; arabicName: string | null } | null;
  article: { id: string; title: string; language: string; direction: "rtl" | "ltr" };
  /** The desk's tags (internal: never in anything public). */
  tags: TagChip[];
}

export interface ClaimListPage {
  items: ClaimListItem[];
  /** Keyset cursor for the next page, or null at the end. */
  nextCursor: string | null;
}

const ZAfter = z.object({ createdAt: z.iso.datetime(), id: z.uuid() });

function decodeAfter(cursor: string | null | undefined): z.infer<typeof ZAfter> | null {
  if (!cursor) return null;
  try {
    const parsed = ZAfter.safeParse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const dayAfter = (date: string) => new Date(new Date(`${date}T00:00:00Z`).getTime() + 86_400_000);

/** A page of the team's claims, newest first, filtered; keyset-paginated so page 500 costs what page 1 does. */
export async function listClaims(member: Member, filters: ClaimListFilters = {}): Promise<ClaimListPage> {
  assertCan(member, "team.read");
  const after = decodeAfter(filters.cursor);
  const limit = Math.min(filters.limit ?? 50, 200);
  const where: Prisma.ClaimWhereInput = {
    teamId: member.teamId,
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.type ? { type: filters.type } : {}),
    ...(filters.verdict ? { verdict: { key: filters.verdict } } : {}),
    ...(filters.claimantId ? { claimantId: filters.claimantId } : {}),
    ...(filters.assigneeId ? { assigneeId: filters.assigneeId } : {}),
    ...(filters.articleId ? { articleId: filters.articleId } : {}),
    // Read by ClaimTag's primary key (claimId, tagId) for each claim the keyset walk reaches.
    ...(filters.tagId ? { tags: { some: { tagId: filters.tagId } } } : {}),
    AND: [
      filters.from ? { createdAt: { gte: new Date(`${filters.from}T00:00:00Z`) } } : {},
      filters.to ? { createdAt: { lt: dayAfter(filters.to) } } : {},
      after
        ? {
            OR: [
              { createdAt: { lt: new Date(after.createdAt) } },
              { createdAt: new Date(after.createdAt), id: { lt: after.id } },
            ],
          }
        : {},
    ],
  };
  const rows = await db.claim.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: {
      id: true,
      statement: true,
      type: true,
      status: true,
      createdAt: true,
      verdict: { select: { key: true, name: true, nameAr: true, color: true } },
      claimant: { select: { name: true, arabicName: true } },
      article: { select: { id: true, title: true, language: true, direction: true } },
      // The page's tags in one more query, not one per row.
      tags: { select: { tag: { select: tagChipSelect } } },
    },
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      ...row,
      statement: previewText(row.statement),
      createdAt: row.createdAt.toISOString(),
      claimant: row.claimant,
      tags: sortTagChips(row.tags.map((entry) => entry.tag)),
    })),
    nextCursor:
      rows.length > limit && last
        ? Buffer.from(JSON.stringify({ createdAt: last.createdAt.toISOString(), id: last.id })).toString("base64url")
        : null,
  };
}
