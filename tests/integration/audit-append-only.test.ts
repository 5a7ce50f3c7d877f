import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTeam } from "./support";

describe("audit trail", () => {
  it("refuses UPDATE, DELETE and TRUNCATE of audit rows at the database", async () => {
    const { team } = await createTeam(["ADMIN"]);
    const event = await db.auditEvent.create({
      data: { teamId: team.id, action: "test.event", entityType: "Team", entityId: team.id, after: { ok: true } },
    });

    await expect(db.$executeRaw`UPDATE "AuditEvent" SET action = 'forged' WHERE id = ${event.id}`).rejects.toThrow(
      /append-only/i,
    );
    await expect(db.$executeRaw`DELETE FROM "AuditEvent" WHERE id = ${event.id}`).rejects.toThrow(/append-only/i);
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/i);
    await expect(db.auditEvent.update({ where: { id: event.id }, data: { action: "forged" } })).rejects.toThrow();

    const stored = await db.auditEvent.findUniqueOrThrow({ where: { id: event.id } });
    expect(stored.action).toBe("test.event");
  });
});
