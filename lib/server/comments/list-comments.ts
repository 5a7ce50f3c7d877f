import "server-only";
import { db, type Tx } from "@/lib/db";

export interface CommentDto {
  id: string;
  parentId: string | null;
  author: string | null;
  body: string;
  mentioned: string[];
  createdAt: string;
  replies: CommentDto[];
}

/** A claim's comments as threads: top-level comments in order, each with its replies. */
export async function listComments(
  teamId: string,
  claimId: string,
  client: Tx | typeof db = db,
): Promise<CommentDto[]> {
  const rows = await client.comment.findMany({
    where: { claimId, teamId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      parentId: true,
      body: true,
      mentionedUserIds: true,
      createdAt: true,
      author: { select: { name: true } },
    },
  });
  const mentionedIds = [...new Set(rows.flatMap((row) => row.mentionedUserIds))];
  // Most threads mention no one: then no second statement at all.
  const users = mentionedIds.length
    ? await client.user.findMany({ where: { id: { in: mentionedIds } }, select: { id: true, name: true } })
    : [];
  const names = new Map(users.map((user) => [user.id, user.name]));
  const byId = new Map<string, CommentDto>();
  const roots: CommentDto[] = [];
  for (const row of rows) {
    const dto: CommentDto = {
      id: row.id,
      parentId: row.parentId,
      author: row.author?.name ?? null,
      body: row.body,
      mentioned: row.mentionedUserIds.map((id) => names.get(id) ?? "?"),
      createdAt: row.createdAt.toISOString(),
      replies: [],
    };
    byId.set(row.id, dto);
    const parent = row.parentId ? byId.get(row.parentId) : undefined;
    // Replies to replies join the thread of their top-level comment.
    const root = parent?.parentId ? byId.get(parent.parentId) : parent;
    if (root) root.replies.push(dto);
    else roots.push(dto);
  }
  return roots;
}
