-- An article's deleted claims (lib/server/claims/deleted-claims.ts): the claim.delete events that
-- name the article, latest first. Partial and on an expression, so schema.prisma cannot declare it.
CREATE INDEX "AuditEvent_deleted_claims_by_article_idx"
  ON "AuditEvent" ("teamId", ("before"->>'articleId'), "id" DESC)
  WHERE "action" = 'claim.delete';
