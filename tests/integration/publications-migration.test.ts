import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishedReportClaim } from "@/lib/domain/reports/published-claim";
import { applyMigrations } from "@/scripts/lib/apply-migrations";
import { createScratchDatabase, type ScratchDatabase } from "@/tests/support/scratch-database";

/**
 * Claims published before versions existed must keep their place in the public record: the
 * migration that introduced ClaimPublication builds their versions in SQL, in the shape the
 * app reads (published-claim.ts). Run here on a database migrated to the schema before it.
 */
const BEFORE = "20261129000200_frozen_claims_retraction";
const ids = {
  team: "00000000-0000-7000-8000-000000000001",
  user: "00000000-0000-7000-8000-000000000002",
  sohr: "00000000-0000-7000-8000-000000000003",
  afp: "00000000-0000-7000-8000-000000000004",
  falseLabel: "00000000-0000-7000-8000-000000000005",
  mostlyTrue: "00000000-0000-7000-8000-000000000006",
  article: "00000000-0000-7000-8000-000000000007",
  revision: "00000000-0000-7000-8000-000000000008",
  claim: "00000000-0000-7000-8000-000000000009",
  source: "00000000-0000-7000-8000-00000000000a",
  draftClaim: "00000000-0000-7000-8000-00000000000b",
};

const LEGACY = `
INSERT INTO "Team" (id, name, slug) VALUES ('${ids.team}', 'Legacy desk', 'legacy-desk');
INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES ('${ids.user}', 'e@x.test', 'Elias Editor', 'x', now());
INSERT INTO "Entity" (id, "teamId", name, kind, "updatedAt") VALUES
  ('${ids.sohr}', '${ids.team}', 'SOHR', 'ORGANIZATION', now()),
  ('${ids.afp}', '${ids.team}', 'AFP', 'ORGANIZATION', now());
INSERT INTO "RatingLabel" (id, "teamId", key, name, "nameAr", color, position, "ratingValue", "updatedAt") VALUES
  ('${ids.falseLabel}', '${ids.team}', 'FALSE', 'False', 'خاطئ', '#b91c1c', 0, 1, now()),
  ('${ids.mostlyTrue}', '${ids.team}', 'MOSTLY_TRUE', 'Mostly true', NULL, '#65a30d', 1, 4, now());
INSERT INTO "Article" (id, "teamId", title, language, direction, "updatedAt") VALUES
  ('${ids.article}', '${ids.team}', 'Harem', 'ar', 'rtl', now());
INSERT INTO "ArticleRevision" (id, "articleId", number, text, sha256, origin) VALUES
  ('${ids.revision}', '${ids.article}', 1, 'قال المرصد إن خمسة قتلوا.', '${"0".repeat(64)}', 'PASTE');
INSERT INTO "Claim" (id, "teamId", "articleId", "revisionId", "startOffset", "endOffset", exact, prefix, suffix,
  statement, type, "claimantId", "claimedAt", status, "verdictId", confidence, rationale, "ratedById", "ratedAt",
  "reviewedById", "reviewedAt", "publishedAt", "updatedAt")
VALUES
  ('${ids.claim}', '${ids.team}', '${ids.article}', '${ids.revision}', 0, 10, 'قال المرصد', '', ' إن',
   'Five killed', 'CASUALTY_REPORT', '${ids.sohr}', '2025-10-21 10:00:00', 'CORRECTED', '${ids.mostlyTrue}', 'MODERATE',
   'Revised', '${ids.user}', '2025-10-23 08:00:00', '${ids.user}', '2025-10-23 09:00:00', '2025-10-23 10:00:00', now()),
  ('${ids.draftClaim}', '${ids.team}', '${ids.article}', '${ids.revision}', 11, 20, 'خمسة قتلوا', '', '',
   'Not yet public', 'EVENT', NULL, NULL, 'APPROVED', '${ids.falseLabel}', 'HIGH', 'r', '${ids.user}', now(),
   NULL, NULL, NULL, now());
INSERT INTO "Source" (id, "teamId", title, kind, "originId", url, "updatedAt") VALUES
  ('${ids.source}', '${ids.team}', 'AFP dispatch', 'NEWS_REPORT', '${ids.afp}', 'https://afp.example/1', now());
INSERT INTO "SourceSnapshot" (id, "sourceId", "requestedUrl", "httpStatus", sha256, "capturedAt") VALUES
  (gen_random_uuid(), '${ids.source}', 'https://afp.example/1', 200, '${"a".repeat(64)}', '2025-10-22 08:00:00'),
  (gen_random_uuid(), '${ids.source}', 'https://afp.example/1', 200, '${"b".repeat(64)}', '2025-10-30 08:00:00');
INSERT INTO "Evidence" (id, "teamId", "claimId", "sourceId", stance, passage, credibility, "createdAt", "updatedAt") VALUES
  (gen_random_uuid(), '${ids.team}', '${ids.claim}', '${ids.source}', 'SUPPORTS', 'six killed', 2, '2025-10-23 07:00:00', now());
INSERT INTO "ClaimCorrection" (id, "claimId", note, previous, "createdById", "createdAt") VALUES
  (gen_random_uuid(), '${ids.claim}', 'Toll revised to six.',
   '{"status":"PUBLISHED","verdict":"False","verdictKey":"FALSE","confidence":"HIGH","rationale":"No toll","ratedBy":"Farah"}',
   '${ids.user}', '2025-10-25 08:00:00');
`;

describe("the migration to published versions", () => {
  let scratch: ScratchDatabase;
  let client: pg.Client;

  beforeAll(async () => {
    scratch = await createScratchDatabase("publications_migration");
    await applyMigrations(scratch.url, () => {}, { through: BEFORE });
    await scratch.execute(LEGACY);
    await applyMigrations(scratch.url, () => {});
    client = new pg.Client({ connectionString: scratch.url });
    await client.connect();
  });

  afterAll(async () => {
    await client?.end();
    await scratch?.drop();
  });

  it("gives every public claim its versions, readable by the app, the correction folded in", async () => {
    const { rows } = await client.query<{
      number: number;
      snapshot: unknown;
      correctionNote: string | null;
      publishedAt: Date;
      claimId: string;
    }>(`SELECT number, snapshot, "correctionNote", "publishedAt", "claimId" FROM "ClaimPublication" ORDER BY number`);
    expect(rows.every((row) => row.claimId === ids.claim)).toBe(true);
    const claim = publishedReportClaim(
      { id: ids.claim, articleId: ids.article, retractedAt: null, retractionNote: null },
      rows,
    );
    expect(claim).toMatchObject({
      status: "CORRECTED",
      statement: "Five killed",
      exact: "قال المرصد",
      claimant: { id: ids.sohr, name: "SOHR", kind: "ORGANIZATION" },
      claimedAt: new Date("2025-10-21T10:00:00Z"),
      verdict: { key: "MOSTLY_TRUE", name: "Mostly true", nameAr: null, color: "#65a30d", ratingValue: 4 },
      confidence: "MODERATE",
      ratedBy: "Elias Editor",
      publishedAt: new Date("2025-10-23T10:00:00Z"),
      evidence: [
        {
          stance: "SUPPORTS",
          sourceTitle: "AFP dispatch",
          originName: "AFP",
          passage: "six killed",
          // The capture current when the source was cited, not the later one.
          snapshot: { sha256: "a".repeat(64), capturedAt: new Date("2025-10-22T08:00:00Z"), httpStatus: 200 },
        },
      ],
      corrections: [
        { note: "Toll revised to six.", createdAt: new Date("2025-10-25T08:00:00Z"), previousVerdict: "False" },
      ],
    });
    const first = publishedReportClaim(
      { id: ids.claim, articleId: ids.article, retractedAt: null, retractionNote: null },
      rows.slice(0, 1),
    );
    expect(first).toMatchObject({ verdict: { key: "FALSE", color: "#b91c1c" }, confidence: "HIGH", ratedBy: "Farah" });

    const claims = await client.query<{ id: string; publishedVersion: number }>(
      `SELECT id, "publishedVersion" FROM "Claim" ORDER BY id`,
    );
    expect(claims.rows).toEqual([
      { id: ids.claim, publishedVersion: 2 },
      { id: ids.draftClaim, publishedVersion: 0 },
    ]);
    const legacyTable = await client.query(`SELECT to_regclass('"ClaimCorrection"') AS name`);
    expect(legacyTable.rows[0].name).toBeNull();
  });
});
