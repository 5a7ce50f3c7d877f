import "server-only";
import { db, type Tx } from "@/lib/db";
import { sortTagChips, tagChipSelect, type TagChip } from "./tag-dto";

/**
 * The tags of a page of claims in one query (no query per row). Called by list use cases after
 * their own permission check, with ids they read from the member's team.
 */
export async function tagsOfClaims(claimIds: readonly string[], client: Tx | typeof db = db) {
  const byClaim = new Map<string, TagChip[]>(claimIds.map((id) => [id, []]));
  if (claimIds.length === 0) return byClaim;
  const rows = await client.claimTag.findMany({
    where: { claimId: { in: [...claimIds] } },
    select: { claimId: true, tag: { select: tagChipSelect } },
  });
  for (const row of rows) byClaim.get(row.claimId)?.push(row.tag);
  for (const [id, tags] of byClaim) byClaim.set(id, sortTagChips(tags));
  return byClaim;
}

/** The tags of a page of articles in one query; like tagsOfClaims. */
export async function tagsOfArticles(articleIds: readonly string[], client: Tx | typeof db = db) {
  const byArticle = new Map<string, TagChip[]>(articleIds.map((id) => [id, []]));
  if (articleIds.length === 0) return byArticle;
  const rows = await client.articleTag.findMany({
    where: { articleId: { in: [...articleIds] } },
    select: { articleId: true, tag: { select: tagChipSelect } },
  });
  for (const row of rows) byArticle.get(row.articleId)?.push(row.tag);
  for (const [id, tags] of byArticle) byArticle.set(id, sortTagChips(tags));
  return byArticle;
}
