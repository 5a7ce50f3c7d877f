import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/scripts/lib/apply-migrations";
import { createScratchDatabase, type ScratchDatabase } from "@/tests/support/scratch-database";

/**
 * Audit events written before AuditEvent.claimId existed must still make up their claim's
 * history: the migration fills the column from the fields the history used to filter on, past
 * the append-only trigger, which is on again afterwards. Run on a database migrated to the
 * schema before it (every migration named before 20261130000100).
 */
const BEFORE = "20261130000000";
const ids = {
  team: "00000000-0000-7000-8000-000000000001",
  claim: "00000000-0000-7000-8000-000000000002",
  otherClaim: "00000000-0000-7000-8000-000000000003",
  evidence: "00000000-0000-7000-8000-000000000004",
  comment: "00000000-0000-7000-8000-000000000005",
  source: "00000000-0000-7000-8000-000000000006",
};

/** One legacy event per case: [action, entityType, entityId, before, after, the claim it should name]. */
const LEGACY: [string, string, string, object | null, object | null, string | null][] = [
  ["claim.create", "Claim", ids.claim, null, { statement: "Five killed" }, ids.claim],
  ["evidence.create", "Evidence", ids.evidence, null, { claimId: ids.claim, stance: "SUPPORTS" }, ids.claim],
  ["evidence.update", "Evidence", ids.evidence, { claimId: ids.claim }, { claimId: ids.claim }, ids.claim],
  // A removed evidence carries its claim only in what it was.
  ["evidence.delete", "Evidence", ids.evidence, { claimId: ids.claim, stance: "REFUTES" }, null, ids.claim],
  ["comment.create", "Comment", ids.comment, null, { claimId: ids.claim, body: "Looks right." }, ids.claim],
  ["claim.rate", "Claim", ids.otherClaim, { verdict: null }, { verdict: "False" }, ids.otherClaim],
  // Not a claim's: a source, a claim id in an event of another kind, and a malformed id.
  ["source.create", "Source", ids.source, null, { claimId: ids.claim, title: "AFP" }, null],
  ["comment.create", "Comment", ids.comment, null, { claimId: "not-a-uuid", body: "?" }, null],
  ["team.create", "Team", ids.team, null, { name: "Desk" }, null],
];

describe("the migration that names each audit event's claim", () => {
  let scratch: ScratchDatabase;
  let client: pg.Client;

  beforeAll(async () => {
    scratch = await createScratchDatabase("audit_claim_migration");
    await applyMigrations(scratch.url, () => {}, { through: BEFORE });
    const values = LEGACY.map(
      ([action, entityType, entityId, before, after], index) =>
        `('${ids.team}', '${action}', '${entityType}', '${entityId}', ${json(before)}, ${json(after)}, now() + interval '${index} seconds')`,
    );
    await scratch.execute(
      `INSERT INTO "AuditEvent" ("teamId", action, "entityType", "entityId", before, after, "createdAt") VALUES ${values.join(",\n")}`,
    );
    await applyMigrations(scratch.url, () => {});
    client = new pg.Client({ connectionString: scratch.url });
    await client.connect();
  });

  afterAll(async () => {
    await client?.end();
    await scratch?.drop();
  });

  it("fills claimId from the claim's own events and its evidence's and comments', and nothing else", async () => {
    const { rows } = await client.query<{ action: string; claimId: string | null }>(
      `SELECT action, "claimId" FROM "AuditEvent" ORDER BY id`,
    );
    expect(rows).toEqual(LEGACY.map(([action, , , , , claimId]) => ({ action, claimId })));
  });

  it("leaves the trail append-only: the trigger refuses the owner's UPDATE again", async () => {
    await expect(client.query(`UPDATE "AuditEvent" SET action = 'forged'`)).rejects.toThrow(/append-only/i);
    await expect(client.query(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/i);
    const { rows } = await client.query<{ tgenabled: string }>(
      `SELECT tgenabled FROM pg_trigger WHERE tgname = 'audit_event_no_update_or_delete'`,
    );
    expect(rows).toEqual([{ tgenabled: "O" }]);
  });

  it("reads a claim's history from the index, not by scanning the trail", async () => {
    await client.query("SET enable_seqscan = off");
    const { rows } = await client.query<{ "QUERY PLAN": string }>(
      `EXPLAIN SELECT * FROM "AuditEvent" WHERE "claimId" = $1 AND "teamId" = $2 ORDER BY id DESC LIMIT 51`,
      [ids.claim, ids.team],
    );
    expect(rows.map((row) => row["QUERY PLAN"]).join("\n")).toMatch(/AuditEvent_claimId_id_idx/);
  });
});

const json = (value: object | null) => (value === null ? "NULL" : `'${JSON.stringify(value)}'::jsonb`);
