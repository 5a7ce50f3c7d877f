import "server-only";
import { db } from "@/lib/db";

export interface PublicReportState {
  teamId: string;
  articleId: string;
  /** The article's oldest live link: its stable public address (public-report-url.ts). */
  canonicalToken: string;
  /**
   * Changes whenever anything the public page shows changes: a published version or a
   * retraction, the article's text or details, the team's name, its rating scale, its keys,
   * which link is the article's public address. Same value: the rendered page can be reused.
   */
  fingerprint: string;
}

interface Row {
  teamId: string;
  articleId: string;
  revoked: boolean;
  canonicalToken: string | null;
  fingerprint: string;
}

/**
 * For /r/<token>, in one statement: the live link's team and article and the fingerprint of what
 * its page shows; null for an unknown or revoked link (so a revocation takes effect at once).
 * Every part reads an index: the link by token, the article's claims by article.
 */
export async function publicReportState(token: string): Promise<PublicReportState | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const rows = await db.$queryRaw<Row[]>`
    SELECT l."teamId"::text AS "teamId", l."articleId"::text AS "articleId", l."revokedAt" IS NOT NULL AS revoked,
      (SELECT o.token FROM "ReportLink" o
        WHERE o."articleId" = l."articleId" AND o."teamId" = l."teamId" AND o."revokedAt" IS NULL
        ORDER BY o."createdAt", o.id LIMIT 1) AS "canonicalToken",
      concat_ws('/',
        (SELECT concat_ws(':', count(*), max(p."publishedAt"), max(p.id::text))
           FROM "Claim" c JOIN "ClaimPublication" p ON p."claimId" = c.id
          WHERE c."articleId" = l."articleId" AND c."teamId" = l."teamId"),
        (SELECT concat_ws(':', count(c."retractedAt"), max(c."retractedAt"))
           FROM "Claim" c WHERE c."articleId" = l."articleId" AND c."teamId" = l."teamId"),
        (SELECT concat_ws(':', a."updatedAt", a.version, (SELECT max(r.number) FROM "ArticleRevision" r WHERE r."articleId" = a.id))
           FROM "Article" a WHERE a.id = l."articleId"),
        (SELECT md5(t.name) FROM "Team" t WHERE t.id = l."teamId"),
        (SELECT concat_ws(':', count(*), max(s."updatedAt"), max(s."retiredAt")) FROM "RatingLabel" s WHERE s."teamId" = l."teamId"),
        (SELECT concat_ws(':', count(*), max(k."createdAt"), max(k."notAfter")) FROM "TeamSigningKey" k WHERE k."teamId" = l."teamId")
      ) AS fingerprint
    FROM "ReportLink" l WHERE l.token = ${token}`;
  const row = rows[0];
  if (!row || row.revoked || !row.canonicalToken) return null;
  return {
    teamId: row.teamId,
    articleId: row.articleId,
    canonicalToken: row.canonicalToken,
    fingerprint: row.fingerprint,
  };
}
