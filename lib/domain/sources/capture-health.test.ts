import { describe, expect, it } from "vitest";
import { captureHealth, type SnapshotFacts } from "./capture-health";

let sequence = 0;
function snapshot(day: number, overrides: Partial<SnapshotFacts> = {}): SnapshotFacts {
  sequence += 1;
  return {
    id: `s${sequence}`,
    capturedAt: new Date(Date.UTC(2025, 9, day)),
    httpStatus: 200,
    errorCode: null,
    sha256: "body-a",
    textSha256: "text-a",
    ...overrides,
  };
}

describe("captureHealth", () => {
  it("is NOT_CAPTURED without snapshots", () => {
    expect(captureHealth([]).health).toBe("NOT_CAPTURED");
  });

  it("is INTACT when only the markup changed", () => {
    expect(captureHealth([snapshot(1), snapshot(2, { sha256: "body-b" })]).health).toBe("INTACT");
  });

  it("is CHANGED when the text changed since the capture current at citing time", () => {
    const first = snapshot(1);
    const second = snapshot(3, { textSha256: "text-b", sha256: "body-b" });
    expect(captureHealth([second, first], new Date(Date.UTC(2025, 9, 2)))).toMatchObject({
      health: "CHANGED",
      baseline: first,
      latest: second,
    });
  });

  it("compares with the capture current when cited, not the first one", () => {
    const snapshots = [snapshot(1), snapshot(3, { textSha256: "text-b" }), snapshot(5, { textSha256: "text-b" })];
    expect(captureHealth(snapshots, new Date(Date.UTC(2025, 9, 4))).health).toBe("INTACT");
    expect(captureHealth(snapshots, new Date(Date.UTC(2025, 9, 2))).health).toBe("CHANGED");
  });

  it("falls back to body hashes when a capture has no text (PDFs)", () => {
    const pdf = { textSha256: null };
    expect(captureHealth([snapshot(1, pdf), snapshot(2, { ...pdf, sha256: "body-b" })]).health).toBe("CHANGED");
  });

  it.each([
    ["a 404", { httpStatus: 404 }],
    ["a 503", { httpStatus: 503 }],
    ["an unreachable site", { httpStatus: null, errorCode: "DNS_FAILED" }],
  ])("is GONE when the latest capture got %s", (_label, latest) => {
    expect(captureHealth([snapshot(1), snapshot(2, latest)]).health).toBe("GONE");
  });

  it("is FAILED when the page was there but could not be kept", () => {
    expect(captureHealth([snapshot(1), snapshot(2, { httpStatus: 200, errorCode: "TOO_LARGE" })]).health).toBe(
      "FAILED",
    );
    expect(captureHealth([snapshot(1, { httpStatus: null, errorCode: "FORBIDDEN_ADDRESS" })]).health).toBe("FAILED");
  });

  it("recovers when the page comes back", () => {
    expect(captureHealth([snapshot(1), snapshot(2, { httpStatus: 404 }), snapshot(3)]).health).toBe("INTACT");
  });
});
