import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { appRoleProblems } from "@/scripts/lib/app-role";
import { createTeam } from "./support";

/** The database as the tables' owner, which is what migrations run as (never the app). */
const ownerUrl = process.env.DATABASE_OWNER_URL!;

describe("audit trail", () => {
  let owner: pg.Client;
  let eventId: bigint;

  beforeAll(async () => {
    owner = new pg.Client({ connectionString: ownerUrl });
    await owner.connect();
    const { team } = await createTeam(["ADMIN"]);
    const event = await db.auditEvent.create({
      data: { teamId: team.id, action: "test.event", entityType: "Team", entityId: team.id, after: { ok: true } },
    });
    eventId = event.id;
  });

  afterAll(async () => {
    await owner?.end();
  });

  it("the app's role can neither change audit rows nor switch off what protects them", async () => {
    const attempts = [
      db.$executeRaw`UPDATE "AuditEvent" SET action = 'forged' WHERE id = ${eventId}`,
      db.$executeRaw`DELETE FROM "AuditEvent" WHERE id = ${eventId}`,
      db.$executeRawUnsafe(`TRUNCATE "AuditEvent"`),
      db.auditEvent.update({ where: { id: eventId }, data: { action: "forged" } }),
      db.$executeRawUnsafe(`SET session_replication_role = replica`),
      db.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER ALL`),
      db.$executeRawUnsafe(`DROP TRIGGER audit_event_no_update_or_delete ON "AuditEvent"`),
      db.$executeRawUnsafe(`ALTER TABLE "AuditEvent" OWNER TO CURRENT_USER`),
    ];
    for (const attempt of attempts) await expect(attempt).rejects.toThrow(/permission denied|must be owner/i);
    expect(await appRoleProblems(process.env.DATABASE_URL!)).toEqual([]);
    const stored = await db.auditEvent.findUniqueOrThrow({ where: { id: eventId } });
    expect(stored.action).toBe("test.event");
  });

  it("even the owner's UPDATE, DELETE and TRUNCATE are refused by the append-only triggers", async () => {
    await expect(
      owner.query(`UPDATE "AuditEvent" SET action = 'forged' WHERE id = $1`, [eventId.toString()]),
    ).rejects.toThrow(/append-only/i);
    await expect(owner.query(`DELETE FROM "AuditEvent" WHERE id = $1`, [eventId.toString()])).rejects.toThrow(
      /append-only/i,
    );
    await expect(owner.query(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/i);
  });

  it("start-up names a role that could rewrite history", async () => {
    expect(await appRoleProblems(ownerUrl)).toEqual([expect.stringContaining("a PostgreSQL superuser")]);
  });
});
