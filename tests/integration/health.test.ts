import { afterEach, describe, expect, it } from "vitest";
import { checkHealth, committedMigrations } from "@/lib/server/health/check-health";
import { globalWorker } from "@/lib/server/jobs/job-wake";

describe("checkHealth on the migrated test database", () => {
  afterEach(() => {
    delete globalWorker.claimdeskJobWorker;
  });

  it("is healthy when every committed migration has been applied", async () => {
    expect(await committedMigrations()).toContain("20261123000000_init");
    expect(await checkHealth()).toEqual({ healthy: true, body: { db: "ok", migrations: "current", worker: "off" } });
  });

  it("counts a migration folder the database has not applied as pending", async () => {
    const committed = [...(await committedMigrations()), "29990101000000_not_applied_yet", "29990101000100_nor_this"];
    expect(await checkHealth({ committed })).toEqual({
      healthy: false,
      body: { db: "ok", migrations: "pending", pending: 2, worker: "off" },
    });
  });

  it("reports the worker once this process has started it", async () => {
    globalWorker.claimdeskJobWorker = { wake: () => {} };
    expect((await checkHealth()).body).toMatchObject({ worker: "ok" });
  });
});
