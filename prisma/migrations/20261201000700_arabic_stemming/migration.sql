-- Light Arabic stemming for search (issue 17): the twin of lib/domain/text/arabic-stem.ts (an
-- integration test compares the two on real and random text). Attached و and the article with
-- its attached prepositions and conjunctions (ال، بال، كال، لل، فال، فبال، فكال، فلل, chained: وال،
-- وبال، ولل …) are stripped at the start of a word when at least three Arabic letters remain:
-- most words rest on three-letter roots, and a shorter remainder means the letters belonged to
-- the word ("ولد", "بلد", "الله"). ب ك ل ف alone stay: they are root letters too often ("فلسطين",
-- "لبنان"). The regular expression's match is the longest (POSIX rule), as the TypeScript
-- takes the longest chain.
CREATE FUNCTION claimdesk_stem(input TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT regexp_replace(input,
    '(^|[^\u0621-\u063a\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff])(?:و|ال|بال|كال|لل|فال|فبال|فكال|فلل)+(?=[\u0621-\u063a\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff]{3})',
    '\1', 'g')
$$;

-- The word vectors hold stems, so a query's stems find every attached form. The folded text
-- (searchText, used by trigram similarity) is unchanged. SET EXPRESSION rewrites each table once
-- and rebuilds its indexes (the GIN word indexes with it).
ALTER TABLE "Claim" ALTER COLUMN "searchVector" SET EXPRESSION AS (to_tsvector('simple', claimdesk_stem(claimdesk_normalize("statement" || ' ' || "exact"))));
ALTER TABLE "Article" ALTER COLUMN "searchVector" SET EXPRESSION AS (to_tsvector('simple', claimdesk_stem(claimdesk_normalize("title"))));
ALTER TABLE "ArticleRevision" ALTER COLUMN "searchVector" SET EXPRESSION AS (to_tsvector('simple', claimdesk_stem(claimdesk_normalize("text"))));
ALTER TABLE "Source" ALTER COLUMN "searchVector" SET EXPRESSION AS (to_tsvector('simple', claimdesk_stem(claimdesk_normalize("title" || ' ' || coalesce("outlet", '') || ' ' || coalesce("url", '')))));

-- Alias expansion: the entities a query names (by any word of any alias, stemmed like claims),
-- and the claims relayed by them (those made by them use Claim_claimant_claimedAt_id_idx).
CREATE INDEX "EntityAlias_words_idx" ON "EntityAlias" USING gin (to_tsvector('simple', claimdesk_stem("normalized")));
CREATE INDEX "Claim_teamId_reportedViaId_idx" ON "Claim"("teamId", "reportedViaId");
