import { describe, expect, it } from "vitest";
import {
  databaseRecentlyUnreachable,
  isDatabaseUnavailable,
  noteDatabaseUnreachable,
  OUTAGE_WINDOW_MS,
} from "./database-outage";

describe("isDatabaseUnavailable", () => {
  it.each([
    ["Prisma cannot reach the server", Object.assign(new Error("Can't reach database server"), { code: "P1001" })],
    ["the pool timed out", Object.assign(new Error("Timed out fetching a new connection"), { code: "P2024" })],
    ["a refused socket, wrapped by the adapter", new Error("adapter", { cause: { code: "ECONNREFUSED" } })],
    [
      "PostgreSQL shutting down, two levels deep",
      new Error("a", { cause: new Error("b", { cause: { code: "57P01" } }) }),
    ],
    ["a broken connection (SQLSTATE class 08)", { code: "08006" }],
    ["pg's pool connect timeout", new Error("timeout exceeded when trying to connect")],
  ])("recognises %s", (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ["a unique violation", Object.assign(new Error("duplicate key"), { code: "23505" })],
    ["a Prisma not-found", Object.assign(new Error("No record"), { code: "P2025" })],
    ["an app error", new Error("Claim is IN_REVIEW")],
    ["nothing", undefined],
  ])("does not mistake %s for an outage", (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it("survives a cause chain that loops", () => {
    const looping = new Error("a") as Error & { cause?: unknown };
    looping.cause = looping;
    expect(isDatabaseUnavailable(looping)).toBe(false);
  });
});

describe("the outage window", () => {
  it("holds for OUTAGE_WINDOW_MS after the last failure, then lets the next request try again", () => {
    noteDatabaseUnreachable(1_000);
    expect(databaseRecentlyUnreachable(1_000 + OUTAGE_WINDOW_MS - 1)).toBe(true);
    expect(databaseRecentlyUnreachable(1_000 + OUTAGE_WINDOW_MS)).toBe(false);
  });
});
