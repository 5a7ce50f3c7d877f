import "server-only";
import { AppError } from "@/lib/errors";
import { MAX_TAGS_PER_ITEM } from "@/lib/schemas/tags";
import { sortTagChips, type TagChip } from "./tag-dto";

export interface TagChange {
  /** Tag ids to link (not on the item yet). */
  add: string[];
  /** Tag ids to unlink. */
  remove: string[];
  before: TagChip[];
  after: TagChip[];
  changed: boolean;
}

/**
 * What adding and removing tags does to an item's tags (a claim's or an article's): a tag both
 * added and removed is removed, one already there is not added twice, and more than
 * MAX_TAGS_PER_ITEM is refused. `named` holds the team's tags the request names.
 */
export function planTagChange(
  current: TagChip[],
  request: { add: readonly string[]; remove: readonly string[] },
  named: ReadonlyMap<string, TagChip>,
): TagChange {
  const before = sortTagChips(current);
  const remove = new Set(request.remove);
  const add = [...new Set(request.add)].filter((id) => !remove.has(id) && !before.some((tag) => tag.id === id));
  const after = sortTagChips([...before.filter((tag) => !remove.has(tag.id)), ...add.map((id) => named.get(id)!)]);
  if (after.length > MAX_TAGS_PER_ITEM) throw new AppError("VALIDATION", "Too many tags", { field: "tags" });
  return { add, remove: [...remove], before, after, changed: JSON.stringify(before) !== JSON.stringify(after) };
}

/** The audit view of a tag change: the names, as people read them in the history. */
export function tagAuditView(change: TagChange) {
  return {
    before: { tags: change.before.map((tag) => tag.name).join(", ") },
    after: { tags: change.after.map((tag) => tag.name).join(", ") },
  };
}
