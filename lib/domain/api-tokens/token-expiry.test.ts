import { describe, expect, it } from "vitest";
import { apiTokenExpiry } from "./token-expiry";

const now = new Date("2026-12-01T14:30:00Z");

describe("a token's expiry date", () => {
  it("lasts through the given day, UTC", () => {
    expect(apiTokenExpiry("2026-12-01", now)?.toISOString()).toBe("2026-12-02T00:00:00.000Z");
    expect(apiTokenExpiry("2027-03-15", now)?.toISOString()).toBe("2027-03-16T00:00:00.000Z");
  });

  it("refuses a day already over, a day past the longest lifetime and an impossible date", () => {
    expect(apiTokenExpiry("2026-11-30", now)).toBeNull();
    expect(apiTokenExpiry("2027-12-02", now)).toBeNull();
    expect(apiTokenExpiry("2027-12-01", now)).not.toBeNull();
    expect(apiTokenExpiry("2027-02-30", now)).toBeNull();
  });
});
