-- Search: one Arabic-aware normalisation in SQL (the twin of lib/domain/text/arabic-normalize.ts;
-- an integration test compares the two), generated search columns, and their indexes.

-- As normalizeForMatch: NFC; alef forms, alef maqsura and taa marbuta unified; Arabic-Indic
-- digits to ASCII; Arabic diacritics, tatweel, invisible marks and Latin accents dropped;
-- lower case; whitespace runs to one space, trimmed. Hamza on waw and yaa is kept: those
-- letters wait in private-use placeholders while NFD splits accents off everything else.
CREATE FUNCTION claimdesk_normalize(input TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT btrim(regexp_replace(
    lower(translate(
      regexp_replace(
        normalize(translate(normalize(input, NFC),
          'أإآٱىة٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹ؤئۀۂۓ',
          'اااايه01234567890123456789' || chr(57344) || chr(57345) || chr(57346) || chr(57347) || chr(57348)), NFD),
        '[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069]', '', 'g'),
      chr(57344) || chr(57345) || chr(57346) || chr(57347) || chr(57348),
      'ؤئۀۂۓ')),
    '[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+', ' ', 'g'))
$$;

-- Generated search text and word vectors: kept by the database, so no write path can forget
-- them, and stored, so ranking does not re-parse every matching row.
ALTER TABLE "Claim" ADD COLUMN "searchText" TEXT GENERATED ALWAYS AS (claimdesk_normalize("statement" || ' ' || "exact")) STORED;
ALTER TABLE "Claim" ADD COLUMN "searchVector" TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', claimdesk_normalize("statement" || ' ' || "exact"))) STORED;
ALTER TABLE "Article" ADD COLUMN "searchText" TEXT GENERATED ALWAYS AS (claimdesk_normalize("title")) STORED;
ALTER TABLE "Article" ADD COLUMN "searchVector" TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', claimdesk_normalize("title"))) STORED;
ALTER TABLE "ArticleRevision" ADD COLUMN "searchText" TEXT GENERATED ALWAYS AS (claimdesk_normalize("text")) STORED;
ALTER TABLE "ArticleRevision" ADD COLUMN "searchVector" TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', claimdesk_normalize("text"))) STORED;
ALTER TABLE "Source" ADD COLUMN "searchText" TEXT GENERATED ALWAYS AS (claimdesk_normalize("title" || ' ' || coalesce("outlet", '') || ' ' || coalesce("url", ''))) STORED;
ALTER TABLE "Source" ADD COLUMN "searchVector" TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', claimdesk_normalize("title" || ' ' || coalesce("outlet", '') || ' ' || coalesce("url", '')))) STORED;

-- Words (full text, 'simple': the normalisation already did the language work), and for claims,
-- trigrams in a GiST index, whose distance ordering (<->) finds the most similar claims directly.
CREATE INDEX "Claim_searchVector_idx" ON "Claim" USING gin ("searchVector");
CREATE INDEX "Claim_searchText_trgm_idx" ON "Claim" USING gist ("searchText" gist_trgm_ops(siglen=256));
CREATE INDEX "Article_searchVector_idx" ON "Article" USING gin ("searchVector");
CREATE INDEX "ArticleRevision_searchVector_idx" ON "ArticleRevision" USING gin ("searchVector");
CREATE INDEX "Source_searchVector_idx" ON "Source" USING gin ("searchVector");
