import "server-only";
import { db } from "@/lib/db";
import { CLAIM_ID, LINK_TOKEN, type PublicClaimAddress } from "@/lib/domain/embeds/public-claim-url";

export type PublicClaimState =
  | { kind: "linkGone" }
  | { kind: "noSuchClaim" }
  | {
      kind: "live";
      teamId: string;
      articleId: string;
      /** The article's oldest live link: the claim page's stable address. */
      canonicalToken: string;
      /** Changes whenever what the claim page or card shows changes (a version, a retraction, the article, the team's name). */
      fingerprint: string;
    };

interface Row {
  teamId: string;
  articleId: string;
  revoked: boolean;
  canonicalToken: string | null;
  claimFound: boolean;
  fingerprint: string | null;
}

/**
 * For /r/<token>/claims/<claim id>, in one statement: is the link live, is the claim a published
 * claim of that link's article (of its team), and the fingerprint of what its page shows. Every
 * part reads an index: the link by token, the claim by id, its versions by claim.
 */
export async function publicClaimState(address: PublicClaimAddress): Promise<PublicClaimState> {
  // Malformed: answered without a query (and a malformed claim id says nothing about the link).
  if (!LINK_TOKEN.test(address.token)) return { kind: "linkGone" };
  if (!CLAIM_ID.test(address.claimId)) return { kind: "noSuchClaim" };
  const claimId = address.claimId.toLowerCase();
  const rows = await db.$queryRaw<Row[]>`
    SELECT l."teamId"::text AS "teamId", l."articleId"::text AS "articleId", l."revokedAt" IS NOT NULL AS revoked,
      (SELECT o.token FROM "ReportLink" o
        WHERE o."articleId" = l."articleId" AND o."teamId" = l."teamId" AND o."revokedAt" IS NULL
        ORDER BY o."createdAt", o.id LIMIT 1) AS "canonicalToken",
      c.id IS NOT NULL AS "claimFound",
      concat_ws('/',
        (SELECT concat_ws(':', count(*), max(p.number), max(p."publishedAt")) FROM "ClaimPublication" p WHERE p."claimId" = c.id),
        c."retractedAt", md5(coalesce(c."retractionNote", '')),
        (SELECT concat_ws(':', a."updatedAt", a.version) FROM "Article" a WHERE a.id = l."articleId"),
        (SELECT md5(t.name) FROM "Team" t WHERE t.id = l."teamId")
      ) AS fingerprint
    FROM "ReportLink" l
    LEFT JOIN "Claim" c ON c.id = ${claimId}::uuid AND c."teamId" = l."teamId" AND c."articleId" = l."articleId"
      AND c."publishedVersion" > 0
    WHERE l.token = ${address.token}`;
  const row = rows[0];
  if (!row || row.revoked || !row.canonicalToken) return { kind: "linkGone" };
  if (!row.claimFound) return { kind: "noSuchClaim" };
  return {
    kind: "live",
    teamId: row.teamId,
    articleId: row.articleId,
    canonicalToken: row.canonicalToken,
    fingerprint: `${row.fingerprint}|${row.canonicalToken}`,
  };
}
