import "server-only";
import { z } from "zod";
import { decodeCursor, encodeCursor } from "@/lib/domain/paging/keyset-cursor";

/** The key of a row sorted by a date that may be missing (submitted, claimed), ties broken by id. */
const ZNullableDateKey = z.object({ at: z.iso.datetime().nullable(), id: z.uuid() });

export const nullableDateCursor = (row: { id: string }, at: Date | null): string =>
  encodeCursor({ at: at?.toISOString() ?? null, id: row.id });

/**
 * The `where` fragment for "rows after this cursor" in the order (`field` `direction` NULLS LAST,
 * id `direction`): rows without a date come after every dated one. An unreadable cursor means
 * the first page.
 */
export function afterNullableDate<Where extends object>(
  cursor: string | null | undefined,
  field: string,
  direction: "asc" | "desc",
): Where {
  const key = decodeCursor(cursor, ZNullableDateKey);
  if (!key) return {} as Where;
  const idAfter = direction === "asc" ? { gt: key.id } : { lt: key.id };
  if (key.at === null) return { [field]: null, id: idAfter } as Where;
  const at = new Date(key.at);
  return {
    OR: [{ [field]: direction === "asc" ? { gt: at } : { lt: at } }, { [field]: at, id: idAfter }, { [field]: null }],
  } as Where;
}
