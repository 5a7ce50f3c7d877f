import { z } from "zod";

/**
 * Keyset paging: a page ends with the sort key of its last row, and the next page starts after
 * it. Page 500 then costs what page 1 does (an OFFSET would read and drop everything before it),
 * and rows added meanwhile neither repeat nor vanish. The cursor travels in the URL, opaque.
 */
export const PAGE_SIZE = 50;

export interface Page<T> {
  items: T[];
  /** The cursor of the next page, or null at the end. */
  nextCursor: string | null;
}

/** The common order: newest first, ties broken by id. */
export const ZNewestFirstKey = z.object({ at: z.iso.datetime(), id: z.uuid() });
export type TNewestFirstKey = z.infer<typeof ZNewestFirstKey>;

export function encodeCursor(key: unknown): string {
  return Buffer.from(JSON.stringify(key), "utf8").toString("base64url");
}

/** A cursor from the URL; anything malformed or tampered with means "the first page". */
export function decodeCursor<T>(cursor: string | null | undefined, schema: z.ZodType<T>): T | null {
  if (!cursor || cursor.length > 500) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Cuts `rows` (fetched with `take: limit + 1`) to a page: the extra row only tells that there
 * is a next page, whose cursor is the key of the page's last row.
 */
export function pageOf<T>(rows: readonly T[], limit: number, keyOf: (row: T) => unknown): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null };
}

/** The newest-first key of a row with a date and an id. */
export const newestFirstKey = (row: { id: string }, at: Date | string): TNewestFirstKey => ({
  at: typeof at === "string" ? at : at.toISOString(),
  id: row.id,
});
