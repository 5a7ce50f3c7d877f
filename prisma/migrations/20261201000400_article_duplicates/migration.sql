-- Issue 16: importing an article that is already in the team's desk (the same web page, or the
-- same text) offers the existing one. Both lookups are index-backed.

-- AlterTable
ALTER TABLE "Article" ADD COLUMN "canonicalUrl" TEXT;

-- Articles imported before this migration: their URL without its fragment and trailing slashes,
-- a close approximation of canonicalizeUrl() (which the app applies to every article from now on;
-- the case of older hosts and their tracking parameters are left as they were).
UPDATE "Article"
SET "canonicalUrl" = CASE
  WHEN split_part(url, '#', 1) ~ '^https?://[^/?]+/*$' THEN regexp_replace(split_part(url, '#', 1), '/*$', '/')
  ELSE regexp_replace(split_part(url, '#', 1), '/+(\?|$)', '\1')
END
WHERE url IS NOT NULL;

-- CreateIndex
CREATE INDEX "Article_teamId_canonicalUrl_idx" ON "Article"("teamId", "canonicalUrl");

-- CreateIndex
CREATE INDEX "ArticleRevision_sha256_idx" ON "ArticleRevision"("sha256");
