import "server-only";
import { db } from "@/lib/db";
import { SIMILARITY_THRESHOLD } from "./find-similar-claims";

export interface CheckedMatch {
  claimId: string;
  statement: string;
  articleTitle: string;
  verdict: { key: string; name: string; nameAr: string | null; color: string };
  score: number;
}

/** Nearest claims looked at per text; the best rated one among them is the match. */
const NEIGHBOURS = 10;

/**
 * For each text (a suggested sentence), the most similar claim of the team's other articles
 * that already has a verdict, or null. One query for all texts: each takes its nearest
 * neighbours from the trigram index, then the best rated one alike enough.
 */
export async function findCheckedMatches(
  teamId: string,
  articleId: string,
  texts: string[],
): Promise<(CheckedMatch | null)[]> {
  if (texts.length === 0) return [];
  const rows = await db.$queryRaw<{ ord: bigint; id: string; score: number }[]>`
    SELECT DISTINCT ON (t.ord) t.ord, near.id, near.score
    FROM unnest(${texts}::text[]) WITH ORDINALITY AS t(text, ord)
    CROSS JOIN LATERAL (
      SELECT o.id, o."verdictId", (1 - (o."searchText" <-> claimdesk_normalize(t.text)))::float8 AS score
      FROM "Claim" o
      WHERE o."teamId" = ${teamId}::uuid AND o."articleId" <> ${articleId}::uuid
      ORDER BY o."searchText" <-> claimdesk_normalize(t.text)
      LIMIT ${NEIGHBOURS}
    ) near
    WHERE near."verdictId" IS NOT NULL AND near.score >= ${SIMILARITY_THRESHOLD}
    ORDER BY t.ord, near.score DESC, near.id`;
  const details = await db.claim.findMany({
    where: { id: { in: rows.map((row) => row.id) } },
    select: {
      id: true,
      statement: true,
      article: { select: { title: true } },
      verdict: { select: { key: true, name: true, nameAr: true, color: true } },
    },
  });
  const byId = new Map(details.map((row) => [row.id, row]));
  const byText = new Map(rows.map((row) => [Number(row.ord) - 1, row]));
  return texts.map((_, index) => {
    const row = byText.get(index);
    const detail = row && byId.get(row.id);
    return row && detail?.verdict
      ? {
          claimId: detail.id,
          statement: detail.statement,
          articleTitle: detail.article.title,
          verdict: detail.verdict,
          score: row.score,
        }
      : null;
  });
}
