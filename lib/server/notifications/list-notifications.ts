import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

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
  mentions: NotificationDto[];
  assigned: NotificationDto[];
  /** Claims taken back from review by their fact-checker (for editors). */
  withdrawn: NotificationDto[];
  unread: { mentions: number; assigned: number; withdrawn: number };
}

/** "Mentions of me" and "assigned to me", newest first, with unread counts. */
export async function listNotifications(member: Member): Promise<Inbox> {
  assertCan(member, "team.read");
  const rows = await db.notification.findMany({
    where: { userId: member.userId, teamId: member.teamId },
    orderBy: { createdAt: "desc" },
    take: 200,
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
  const dtos = rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    read: row.readAt !== null,
    createdAt: row.createdAt.toISOString(),
    actor: row.actor?.name ?? null,
    claim: {
      id: row.claim.id,
      statement: row.claim.statement,
      status: row.claim.status,
      language: row.claim.article.language,
      direction: row.claim.article.direction,
    },
    excerpt: row.comment ? row.comment.body.slice(0, 200) : null,
  }));
  const mentions = dtos.filter((dto) => dto.kind === "MENTION");
  const assigned = dtos.filter((dto) => dto.kind === "ASSIGNED");
  const withdrawn = dtos.filter((dto) => dto.kind === "WITHDRAWN");
  return {
    mentions,
    assigned,
    withdrawn,
    unread: {
      mentions: mentions.filter((dto) => !dto.read).length,
      assigned: assigned.filter((dto) => !dto.read).length,
      withdrawn: withdrawn.filter((dto) => !dto.read).length,
    },
  };
}

/** The unread count for the navigation badge. */
export async function countUnread(member: Member): Promise<number> {
  return db.notification.count({ where: { userId: member.userId, teamId: member.teamId, readAt: null } });
}
