import "server-only";
import { db } from "@/lib/db";
import { claimLikeness, isAlike, type LikenessReason } from "@/lib/domain/claims/claim-likeness";
import type { TClaimType } from "@/lib/schemas/claims";
import { claimTraitsSelect, entityNames, textTraits, traitsOf } from "./claim-traits";

export interface CheckedMatch {
  claimId: string;
  statement: string;
  articleTitle: string;
  verdict: { key: string; name: string; nameAr: string | null; color: string };
  score: number;
  /** Why it is taken for the same claim (claim-likeness.ts). */
  reasons: LikenessReason[];
}

/** What a suggestion guessed about its sentence: lets a checked claim in another language match. */
export interface CheckedMatchHint {
  type: TClaimType;
  claimantId: string | null;
}

/** Nearest claims looked at per text; the best rated one among them is the match. */
const NEIGHBOURS = 10;
/** Rated claims of a guessed claimant looked at on each side of the article's date. */
const SAME_CLAIMANT_EACH_SIDE = 5;

/**
 * For each text (a suggested sentence), the claim of the team's other articles that already has
 * a verdict and is most alike (claim-likeness.ts: wording, claimant, entities named, type,
 * figures, date), or null. Candidates, for all texts in one statement each: the nearest rated
 * claims by wording (trigram index), and the rated claims of each text's guessed claimant around
 * the article's date (claimant index), so a claim checked in another language is found too.
 */
export async function findCheckedMatches(
  teamId: string,
  article: { id: string; date: Date },
  texts: string[],
  hints?: CheckedMatchHint[],
): Promise<(CheckedMatch | null)[]> {
  if (texts.length === 0) return [];
  const nearest = await db.$queryRaw<{ ord: bigint; id: string; score: number }[]>`
    SELECT t.ord, near.id, near.score
    FROM unnest(${texts}::text[]) WITH ORDINALITY AS t(text, ord)
    CROSS JOIN LATERAL (
      SELECT o.id, o."verdictId", (1 - (o."searchText" <-> claimdesk_normalize(t.text)))::float8 AS score
      FROM "Claim" o
      WHERE o."teamId" = ${teamId}::uuid AND o."articleId" <> ${article.id}::uuid
      ORDER BY o."searchText" <-> claimdesk_normalize(t.text)
      LIMIT ${NEIGHBOURS}
    ) near
    WHERE near."verdictId" IS NOT NULL`;
  const byClaimant = await claimantsRatedClaims(teamId, article, hints ?? []);
  const ids = [...new Set([...nearest.map((row) => row.id), ...byClaimant.map((row) => row.id)])];
  if (ids.length === 0) return texts.map(() => null);
  const candidates = await db.claim.findMany({
    where: { id: { in: ids }, teamId, verdictId: { not: null } },
    select: claimTraitsSelect,
  });
  const entities = await entityNames(teamId, [
    ...candidates,
    ...(hints ?? []).map((hint) => ({ claimantId: hint.claimantId, reportedViaId: null })),
  ]);
  const traits = new Map(candidates.map((claim) => [claim.id, { claim, traits: traitsOf(claim, entities) }]));
  const wording = new Map(nearest.map((row) => [`${Number(row.ord) - 1}|${row.id}`, row.score]));
  const candidatesOf = (index: number) => [
    ...new Set([
      ...nearest.filter((row) => Number(row.ord) - 1 === index).map((row) => row.id),
      ...byClaimant.filter((row) => row.index === index).map((row) => row.id),
    ]),
  ];

  return texts.map((text, index) => {
    const hint = hints?.[index];
    // Without a hint the type is unknown: no claim shares it, and wording decides as before.
    const mine = textTraits(
      text,
      { type: hint?.type ?? "", claimantId: hint?.claimantId ?? null, reportedViaId: null, date: article.date },
      entities,
    );
    let best: CheckedMatch | null = null;
    for (const id of candidatesOf(index)) {
      const other = traits.get(id);
      if (!other?.claim.verdict) continue;
      const likeness = claimLikeness(mine, other.traits, wording.get(`${index}|${id}`) ?? null);
      if (!isAlike(likeness) || (best && best.score >= likeness.score)) continue;
      best = {
        claimId: other.claim.id,
        statement: other.claim.statement,
        articleTitle: other.claim.article.title,
        verdict: other.claim.verdict,
        score: likeness.score,
        reasons: likeness.reasons,
      };
    }
    return best;
  });
}

/** For each hint naming a claimant, that claimant's rated claims in other articles nearest the article's date. */
async function claimantsRatedClaims(
  teamId: string,
  article: { id: string; date: Date },
  hints: CheckedMatchHint[],
): Promise<{ index: number; id: string }[]> {
  const asked = hints.flatMap((hint, index) => (hint.claimantId ? [{ index, claimantId: hint.claimantId }] : []));
  if (asked.length === 0) return [];
  const claimantIds = [...new Set(asked.map((ask) => ask.claimantId))];
  const rows = await db.$queryRaw<{ claimantId: string; id: string }[]>`
    SELECT c.id AS "claimantId", near.id
    FROM unnest(${claimantIds}::uuid[]) AS c(id)
    CROSS JOIN LATERAL (
      (SELECT o.id FROM "Claim" o
        WHERE o."claimantId" = c.id AND o."teamId" = ${teamId}::uuid AND o."articleId" <> ${article.id}::uuid
          AND o."verdictId" IS NOT NULL AND o."claimedAt" <= ${article.date}
        ORDER BY o."claimedAt" DESC LIMIT ${SAME_CLAIMANT_EACH_SIDE})
      UNION ALL
      (SELECT o.id FROM "Claim" o
        WHERE o."claimantId" = c.id AND o."teamId" = ${teamId}::uuid AND o."articleId" <> ${article.id}::uuid
          AND o."verdictId" IS NOT NULL AND o."claimedAt" > ${article.date}
        ORDER BY o."claimedAt" ASC LIMIT ${SAME_CLAIMANT_EACH_SIDE})
    ) near`;
  return asked.flatMap((ask) =>
    rows.filter((row) => row.claimantId === ask.claimantId).map((row) => ({ index: ask.index, id: row.id })),
  );
}
