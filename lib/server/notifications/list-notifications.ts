import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { TNotificationKind } from "@/lib/domain/notifications/notice-recipients";
import { newestFirstKey, pageOf } from "@/lib/domain/paging/keyset-cursor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { afterNewestFirst } from "@/lib/server/paging/after-cursor";
import { previewText } from "@/lib/domain/text/preview-text";

/** Rows of each of the inbox's lists per page: together they stay one page's worth. */
export const INBOX_PAGE_SIZE = 20;

export type NotificationKind = TNotificationKind;

/**
 * The inbox's lists and the kinds each shows. "review" is the workflow around one's work: sent
 * for review (editors), changes requested, approved, published, correction published
 * (fact-checkers); it is read newest first across its kinds by Notification(userId, teamId,
 * createdAt, id), the single-kind lists by the (…, kind, createdAt, id) index.
 */
export const INBOX_LISTS = {
  mentions: ["MENTION"],
  review: ["SUBMITTED", "CHANGES_REQUESTED", "APPROVED", "PUBLISHED", "CORRECTED"],
  comments: ["COMMENTED"],
  assigned: ["ASSIGNED"],
  withdrawn: ["WITHDRAWN"],
} as const satisfies Record<string, readonly NotificationKind[]>;
export type InboxList = keyof typeof INBOX_LISTS;
export const INBOX_LIST_NAMES = Object.keys(INBOX_LISTS) as InboxList[];

export interface NotificationDto {
  id: string;
  kind: NotificationKind;
  read: boolean;
  createdAt: string;
  actor: string | null;
  claim: { id: string; statement: string; status: string; language: string; direction: "rtl" | "ltr" };
  /** The comment's beginning (mentions, comments). */
  excerpt: string | null;
  /** What the actor wrote with the change (e.g. why changes were requested). */
  note: string | null;
}

export type Inbox = Record<InboxList, NotificationDto[]> & {
  /** Each list's next page, or null at its end. */
  next: Record<InboxList, string | null>;
  unread: Record<InboxList, number>;
};

/** A page of each inbox list, newest first (each list has its own cursor), with unread counts. */
export async function listNotifications(
  member: Member,
  cursors: Partial<Record<InboxList, string | null>> = {},
): Promise<Inbox> {
  assertCan(member, "team.read");
  const mine = { userId: member.userId, teamId: member.teamId };
  const [unread, ...pages] = await Promise.all([
    db.notification.groupBy({ by: ["kind"], where: { ...mine, readAt: null }, _count: { _all: true } }),
    ...INBOX_LIST_NAMES.map((list) => pageOfKinds(mine, INBOX_LISTS[list], cursors[list])),
  ]);
  const inbox = { next: {}, unread: {} } as Inbox;
  INBOX_LIST_NAMES.forEach((list, index) => {
    const kinds: readonly string[] = INBOX_LISTS[list];
    inbox[list] = pages[index]!.items;
    inbox.next[list] = pages[index]!.nextCursor;
    inbox.unread[list] = unread
      .filter((row) => kinds.includes(row.kind))
      .reduce((sum, row) => sum + row._count._all, 0);
  });
  return inbox;
}

async function pageOfKinds(
  mine: { userId: string; teamId: string },
  kinds: readonly NotificationKind[],
  cursor: string | null | undefined,
): Promise<{ items: NotificationDto[]; nextCursor: string | null }> {
  const rows = await db.notification.findMany({
    where: {
      ...mine,
      kind: kinds.length === 1 ? kinds[0] : { in: [...kinds] },
      ...afterNewestFirst<Prisma.NotificationWhereInput>(cursor),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: INBOX_PAGE_SIZE + 1,
    select: {
      id: true,
      kind: true,
      readAt: true,
      createdAt: true,
      note: true,
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
      note: row.note ? row.note.slice(0, 500) : null,
    })),
  };
}

/** The unread count for the navigation badge. */
export async function countUnread(member: Member): Promise<number> {
  return db.notification.count({ where: { userId: member.userId, teamId: member.teamId, readAt: null } });
}
