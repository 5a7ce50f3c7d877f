-- Published versions as immutable snapshots (issue 13): the public page, ClaimReview and reports
-- render what was published, not the live claim. Corrections become reviewed drafts that publish
-- the next version; the ClaimCorrection log is folded into the versions below.

-- CreateTable
CREATE TABLE "ClaimPublication" (
    "id" UUID NOT NULL,
    "teamId" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "correctionNote" TEXT,
    "publishedById" UUID,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimPublication_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ClaimPublication_claimId_number_key" ON "ClaimPublication"("claimId", "number");

-- CreateIndex
CREATE INDEX "ClaimPublication_teamId_publishedAt_idx" ON "ClaimPublication"("teamId", "publishedAt");

-- AddForeignKey
ALTER TABLE "ClaimPublication" ADD CONSTRAINT "ClaimPublication_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimPublication" ADD CONSTRAINT "ClaimPublication_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimPublication" ADD CONSTRAINT "ClaimPublication_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "correctionNote" TEXT,
ADD COLUMN     "publishedVersion" INTEGER NOT NULL DEFAULT 0;

-- Backfill: every claim already public gets its versions, built as lib/domain/reports/published-claim.ts
-- builds them (snapshot schema 1). The current version is the claim as it reads now; each earlier
-- correction's "previous" rating makes the version it replaced.
CREATE FUNCTION pg_temp.iso(value TIMESTAMP(3)) RETURNS TEXT LANGUAGE sql IMMUTABLE AS
  $$ SELECT to_char(value, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') $$;

CREATE TEMP TABLE "LegacyPublic"  AS
SELECT c.id AS "claimId", c."teamId", c."reviewedById",
  COALESCE(c."publishedAt", c."reviewedAt", c."statusChangedAt") AS "firstPublishedAt",
  (SELECT count(*) FROM "ClaimCorrection" cc WHERE cc."claimId" = c.id)::INTEGER AS corrections,
  jsonb_build_object(
    'schema', 1,
    'start', c."startOffset", 'end', c."endOffset",
    'exact', c.exact, 'prefix', c.prefix, 'suffix', c.suffix,
    'anchorStatus', c."anchorStatus"::TEXT,
    'statement', c.statement, 'type', c.type::TEXT, 'details', COALESCE(c.details, '{}'::JSONB),
    'claimant', (SELECT jsonb_build_object('id', e.id, 'name', e.name, 'kind', e.kind::TEXT) FROM "Entity" e WHERE e.id = c."claimantId"),
    'reportedVia', (SELECT jsonb_build_object('id', e.id, 'name', e.name, 'kind', e.kind::TEXT) FROM "Entity" e WHERE e.id = c."reportedViaId"),
    'claimedAt', pg_temp.iso(c."claimedAt"),
    'verdict', (SELECT jsonb_build_object('key', l.key, 'name', l.name, 'nameAr', l."nameAr", 'color', l.color, 'ratingValue', l."ratingValue")
                FROM "RatingLabel" l WHERE l.id = c."verdictId"),
    'confidence', c.confidence::TEXT, 'rationale', c.rationale,
    'ratedBy', (SELECT u.name FROM "User" u WHERE u.id = c."ratedById"), 'ratedAt', pg_temp.iso(c."ratedAt"),
    'submittedAt', pg_temp.iso(c."submittedAt"),
    'reviewedBy', (SELECT u.name FROM "User" u WHERE u.id = c."reviewedById"), 'reviewedAt', pg_temp.iso(c."reviewedAt"),
    'publishedAt', pg_temp.iso(COALESCE(c."publishedAt", c."reviewedAt", c."statusChangedAt")),
    'evidence', COALESCE((
      SELECT jsonb_agg(jsonb_build_object(
        'stance', ev.stance::TEXT, 'sourceId', src.id, 'sourceTitle', src.title,
        'originId', o.id, 'originName', o.name, 'outlet', src.outlet, 'url', src.url,
        'kind', src.kind::TEXT, 'reliability', src.reliability::TEXT,
        'passage', ev.passage, 'credibility', ev.credibility, 'note', ev.note,
        -- The capture current when the source was cited (captureHealth's baseline).
        'snapshot', (SELECT jsonb_build_object('sha256', s.sha256, 'capturedAt', pg_temp.iso(s."capturedAt"), 'httpStatus', s."httpStatus")
                     FROM "SourceSnapshot" s
                     WHERE s."sourceId" = src.id AND s."errorCode" IS NULL AND s."httpStatus" BETWEEN 200 AND 299
                     ORDER BY (s."capturedAt" <= ev."createdAt") DESC,
                              CASE WHEN s."capturedAt" <= ev."createdAt" THEN s."capturedAt" END DESC NULLS LAST,
                              s."capturedAt" ASC
                     LIMIT 1)
      ) ORDER BY ev."createdAt", ev.id)
      FROM "Evidence" ev JOIN "Source" src ON src.id = ev."sourceId" LEFT JOIN "Entity" o ON o.id = src."originId"
      WHERE ev."claimId" = c.id), '[]'::JSONB)
  ) AS snapshot
FROM "Claim" c
WHERE c.status IN ('PUBLISHED', 'CORRECTED', 'RETRACTED');

CREATE TEMP TABLE "LegacyCorrection"  AS
SELECT cc."claimId", cc.note, cc."createdAt", cc."createdById", cc.previous,
  row_number() OVER (PARTITION BY cc."claimId" ORDER BY cc."createdAt", cc.id)::INTEGER AS n
FROM "ClaimCorrection" cc;

-- The current version: number corrections + 1, with the latest correction's note.
INSERT INTO "ClaimPublication" ("id", "teamId", "claimId", "number", "snapshot", "correctionNote", "publishedById", "publishedAt")
SELECT gen_random_uuid(), p."teamId", p."claimId", p.corrections + 1, p.snapshot, latest.note,
  COALESCE(latest."createdById", p."reviewedById"), COALESCE(latest."createdAt", p."firstPublishedAt")
FROM "LegacyPublic" p
LEFT JOIN "LegacyCorrection" latest ON latest."claimId" = p."claimId" AND latest.n = p.corrections;

-- Earlier versions: correction n replaced version n, whose rating its "previous" kept.
INSERT INTO "ClaimPublication" ("id", "teamId", "claimId", "number", "snapshot", "correctionNote", "publishedById", "publishedAt")
SELECT gen_random_uuid(), p."teamId", p."claimId", c.n,
  p.snapshot || jsonb_build_object(
    'verdict', (SELECT jsonb_build_object('key', l.key, 'name', l.name, 'nameAr', l."nameAr", 'color', l.color, 'ratingValue', l."ratingValue")
                FROM "RatingLabel" l WHERE l."teamId" = p."teamId" AND l.key = c.previous->>'verdictKey'),
    'confidence', c.previous->'confidence', 'rationale', c.previous->'rationale', 'ratedBy', c.previous->'ratedBy'),
  before.note, COALESCE(before."createdById", p."reviewedById"), COALESCE(before."createdAt", p."firstPublishedAt")
FROM "LegacyPublic" p
JOIN "LegacyCorrection" c ON c."claimId" = p."claimId"
LEFT JOIN "LegacyCorrection" before ON before."claimId" = p."claimId" AND before.n = c.n - 1;

UPDATE "Claim" c SET "publishedVersion" = p.corrections + 1 FROM "LegacyPublic" p WHERE p."claimId" = c.id;

DROP TABLE "LegacyCorrection";
DROP TABLE "LegacyPublic";
DROP FUNCTION pg_temp.iso(TIMESTAMP(3));

-- DropTable
DROP TABLE "ClaimCorrection";
