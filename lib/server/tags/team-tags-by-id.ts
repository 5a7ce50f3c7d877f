import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { tagChipSelect, type TagChip } from "./tag-dto";

/** The named tags, all of the member's team: one of another team (or none) is "not found". */
export async function teamTagsById(tx: Tx, teamId: string, tagIds: readonly string[]): Promise<Map<string, TagChip>> {
  const unique = [...new Set(tagIds)];
  if (unique.length === 0) return new Map();
  const tags = await tx.tag.findMany({ where: { teamId, id: { in: unique } }, select: tagChipSelect });
  if (tags.length !== unique.length) throw new AppError("NOT_FOUND", "Unknown tag");
  return new Map(tags.map((tag) => [tag.id, tag]));
}
