import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";

/** Claims looked at around a claim, nearest first: enough for "seen elsewhere" once same-article ones are dropped. */
export const NEAREST_CLAIMS = 50;

export interface NearClaim {
  id: string;
  articleId: string;
  type: string;
  /** Trigram distance, 1 − similarity (0 = the same text). */
  distance: number;
}

/**
 * A claim's nearest claims in its team by trigram distance, through the GiST index (the cost
 * depends on the index's depth, not on the team's size), or null when the claim is not in the
 * member's team. "Seen elsewhere" and "conflicting numbers" both filter this one list, and a
 * page render asks once (React cache): the index walk is the claim page's costliest read.
 */
export const nearestClaims = cache(
  async (teamId: string, claimId: string): Promise<{ articleId: string; nearest: NearClaim[] } | null> => {
    const rows = await db.$queryRaw<
      {
        claimArticleId: string;
        id: string | null;
        articleId: string | null;
        type: string | null;
        distance: number | null;
      }[]
    >`
      SELECT c."articleId" AS "claimArticleId", near.id, near."articleId", near.type::text AS type, near.distance::float8 AS distance
      FROM "Claim" c
      LEFT JOIN LATERAL (
        SELECT o.id, o."articleId", o.type, o."searchText" <-> c."searchText" AS distance
        FROM "Claim" o
        WHERE o."teamId" = c."teamId" AND o.id <> c.id
        ORDER BY o."searchText" <-> c."searchText"
        LIMIT ${NEAREST_CLAIMS}
      ) near ON true
      WHERE c.id = ${claimId}::uuid AND c."teamId" = ${teamId}::uuid
      ORDER BY near.distance, near.id`;
    const claim = rows[0];
    if (!claim) return null;
    return {
      articleId: claim.claimArticleId,
      nearest: rows.flatMap((row) =>
        row.id === null || row.articleId === null || row.type === null || row.distance === null
          ? []
          : [{ id: row.id, articleId: row.articleId, type: row.type, distance: row.distance }],
      ),
    };
  },
);
