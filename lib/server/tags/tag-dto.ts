import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/** A tag as the desk sees it. Internal only: nothing public (report links, ClaimReview, embeds, feeds) carries tags. */
export interface TagDto {
  id: string;
  name: string;
  /** #rrggbb */
  color: string;
  version: number;
}

/** A tag on a claim or article row: what a chip needs. */
export type TagChip = Pick<TagDto, "id" | "name" | "color">;

export const tagSelect = { id: true, name: true, color: true, version: true } satisfies Prisma.TagSelect;
export const tagChipSelect = { id: true, name: true, color: true } satisfies Prisma.TagSelect;

export function toTagDto(tag: { id: string; name: string; color: string; version: number }): TagDto {
  return { id: tag.id, name: tag.name, color: tag.color, version: tag.version };
}

/** Chips in a stable order: by name, as the reader's language sorts them. */
export function sortTagChips<T extends TagChip>(tags: T[]): T[] {
  return [...tags].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}
