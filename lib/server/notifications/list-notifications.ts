import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { newestFirstKey, pageOf } from "@/lib/domain/paging/keyset-cursor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { afterNewestFirst } from "@/lib/server/paging/after-cursor";
import { previewText } from "@/lib/domain/text/preview-text";

/** Rows of each of the inbox's three lists per page: together they stay one page's worth. */
export const INBOX_PAGE_SIZE = 20;

export type NotificationKind = "MENTION" | "ASSIGNED" | "WITHDRAWN";

export interface NotificationDto {
  id: string;
  kind: NotificationKind;
  read: boolean;
  createdAt: string;
  actor: string | null;
  claim: { id: string; statement: string; status: string; language: string; direction: "rtl" | "ltr" };
  excerpt: string | null;
}

export interface Inbox {
  /** A page of each list, newest first. */
  mentions: NotificationDto[];
  assigned: NotificationDto[];
  /** Claims taken back from review by their fact-checker (for editors). */
  withdrawn: NotificationDto[];
  /** Each list's next page, or null at its end. */
  next: { mentions: string | null; assigned: string | null; withdrawn: string | null };
  unread: { mentions: number; assigned: number; withdrawn: number };
}

/**
 * "Mentions of me", "assigned to me" and "withdrawn from review": a page of each, newest first
 * (each list has its own cursor), with unread counts.
 */
export async function listNotifications(
  member: Member,
  cursors: Partial<Record<NotificationKind, string | null>> = {},
): Promise<Inbox> {
  assertCan(member, "team.read");
  const mine = { userId: member.userId, teamId: member.teamId };
  const [mentions, assigned, withdrawn, unread] = await Promise.all([
    pageOfKind(mine, "MENTION", cursors.MENTION),
    pageOfKind(mine, "ASSIGNED", cursors.ASSIGNED),
    pageOfKind(mine, "WITHDRAWN", cursors.WITHDRAWN),
    db.notification.groupBy({ by: ["kind"], where: { ...mine, readAt: null }, _count: { _all: true } }),
  ]);
  const unreadOf = (kind: NotificationKind) => unread.find((row) => row.kind === kind)?._count._all ?? 0;
  return {
    mentions: mentions.items,
    assigned: assigned.items,
    withdrawn: withdrawn.items,
    next: { mentions: mentions.nextCursor, assigned: assigned.nextCursor, withdrawn: withdrawn.nextCursor },
    unread: { mentions: unreadOf("MENTION"), assigned: unreadOf("ASSIGNED"), withdrawn: unreadOf("WITHDRAWN") },
  };
}

async function pageOfKind(
  mine: { userId: string; teamId: string },
  kind: NotificationKind,
  cursor: string | null | undefined,
): Promise<{ items: NotificationDto[]; nextCursor: string | null }> {
  const rows = await db.notification.findMany({
    where: { ...mine, kind, ...afterNewestFirst<Prisma.NotificationWhereInput>(cursor) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: INBOX_PAGE_SIZE + 1,
    select: {
      id: true,
      kind: true,
      readAt: true,
      createdAt: true,
      actor: { select: { name: true } },
      comment: { select: { body: true } },
      claim: {
        select: { id: true, statement: true, status: true, article: { select: { language: true, direction: true } } },
      },
    },
  });
  const page = pageOf(rows, INBOX_PAGE_SIZE, (row) => newestFirstKey(row, row.createdAt));
  return {
    nextCursor: page.nextCursor,
    items: page.items.map((row) => ({
      id: row.id,
      kind: row.kind,
      read: row.readAt !== null,
      createdAt: row.createdAt.toISOString(),
      actor: row.actor?.name ?? null,
      claim: {
        id: row.claim.id,
        statement: previewText(row.claim.statement),
        status: row.claim.status,
        language: row.claim.article.language,
        direction: row.claim.article.direction,
      },
      excerpt: row.comment ? row.comment.body.slice(0, 200) : null,
    })),
  };
}

/** The unread count for the navigation badge. */
export async function countUnread(member: Member): Promise<number> {
  return db.notification.count({ where: { userId: member.userId, teamId: member.teamId, readAt: null } });
}
