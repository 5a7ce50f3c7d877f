-- Word indexes without a pending list. With fastupdate (PostgreSQL's default) new rows wait in an
-- unsorted list of up to 4 MB that every search reads through until (auto)vacuum merges it: at
-- 100,000 claims a search paid tens of milliseconds for it. Claims are written at human speed and
-- searched far more often, so each write merges its words into the index at once instead.
ALTER INDEX "Claim_searchVector_idx" SET (fastupdate = off);
ALTER INDEX "Article_searchVector_idx" SET (fastupdate = off);
ALTER INDEX "ArticleRevision_searchVector_idx" SET (fastupdate = off);
ALTER INDEX "Source_searchVector_idx" SET (fastupdate = off);
ALTER INDEX "EntityAlias_words_idx" SET (fastupdate = off);

-- Merge what is already waiting.
SELECT gin_clean_pending_list('"Claim_searchVector_idx"'::regclass);
SELECT gin_clean_pending_list('"Article_searchVector_idx"'::regclass);
SELECT gin_clean_pending_list('"ArticleRevision_searchVector_idx"'::regclass);
SELECT gin_clean_pending_list('"Source_searchVector_idx"'::regclass);
SELECT gin_clean_pending_list('"EntityAlias_words_idx"'::regclass);
