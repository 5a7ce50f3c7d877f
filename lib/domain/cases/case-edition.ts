/**
 * A case's public edition. What a case link shows is not the case as it reads now but the edition
 * an editor last published: its title, its summary and exactly which claims (each then shown as
 * last published, like every public report). Renaming the case, editing its summary, adding or
 * removing claims reach the public page only when an editor other than the one who made the
 * changes publishes a new edition (four eyes, as for claims).
 */
import { createHash } from "node:crypto";
import { z } from "zod";

export const ZCaseEdition = z.object({
  schema: z.literal(1),
  title: z.string(),
  summary: z.string(),
  /** The case's published claims at the time, sorted. */
  claimIds: z.array(z.string()),
});
export type CaseEdition = z.infer<typeof ZCaseEdition>;

export function caseEdition(input: { title: string; summary: string; claimIds: readonly string[] }): CaseEdition {
  return { schema: 1, title: input.title, summary: input.summary, claimIds: [...new Set(input.claimIds)].sort() };
}

/** Names an edition's content, so an editor publishes exactly the edition they looked at. */
export function editionFingerprint(edition: CaseEdition): string {
  return createHash("sha256").update(JSON.stringify(edition)).digest("base64url").slice(0, 22);
}

export interface EditionChanges {
  titleChanged: boolean;
  summaryChanged: boolean;
  added: number;
  removed: number;
}

/** What publishing `next` would change on the public page (all of it when nothing was published). */
export function editionChanges(published: CaseEdition | null, next: CaseEdition): EditionChanges {
  const before = new Set(published?.claimIds ?? []);
  const after = new Set(next.claimIds);
  return {
    titleChanged: published?.title !== next.title,
    summaryChanged: (published?.summary ?? "") !== next.summary,
    added: next.claimIds.filter((id) => !before.has(id)).length,
    removed: [...before].filter((id) => !after.has(id)).length,
  };
}

export const hasChanges = (changes: EditionChanges) =>
  changes.titleChanged || changes.summaryChanged || changes.added > 0 || changes.removed > 0;

/** A stored edition, or null when the column holds nothing (or something this version cannot read). */
export function readEdition(stored: unknown): CaseEdition | null {
  const parsed = ZCaseEdition.safeParse(stored);
  return parsed.success ? parsed.data : null;
}
