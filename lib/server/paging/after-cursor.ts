import "server-only";
import { decodeCursor, ZNewestFirstKey } from "@/lib/domain/paging/keyset-cursor";

/**
 * The `where` fragment for "rows after this cursor" in newest-first order (`field` desc, id desc),
 * for any model with an id and a date column. Served by a (teamId, field, id) index, it reads
 * one page whatever the team's size. An unreadable cursor means the first page.
 */
export function afterNewestFirst<Where extends object>(cursor: string | null | undefined, field = "createdAt"): Where {
  const key = decodeCursor(cursor, ZNewestFirstKey);
  if (!key) return {} as Where;
  const at = new Date(key.at);
  return { OR: [{ [field]: { lt: at } }, { [field]: at, id: { lt: key.id } }] } as Where;
}
