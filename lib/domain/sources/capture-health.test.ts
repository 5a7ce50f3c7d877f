import { describe, expect, it } from "vitest";
import {
  CAPTURE_HEALTHS,
  CAPTURE_REASONS,
  captureHealth,
  captureSummary,
  isUnreachableCode,
  type CaptureJobFacts,
  type SnapshotFacts,
} from "./capture-health";

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
const failedFetch = (errorCode: string) => ({ httpStatus: null, errorCode, sha256: null, textSha256: null });
const queued: CaptureJobFacts = { status: "QUEUED", attempts: 0 };
const running: CaptureJobFacts = { status: "RUNNING", attempts: 1 };
const retryWaiting: CaptureJobFacts = { status: "QUEUED", attempts: 1 };
const succeeded: CaptureJobFacts = { status: "SUCCEEDED", attempts: 1 };
const jobFailed: CaptureJobFacts = { status: "FAILED", attempts: 3 };

describe("captureHealth", () => {
  it("is NOT_CAPTURED without snapshots or a pending capture", () => {
    expect(captureHealth([])).toMatchObject({ health: "NOT_CAPTURED", reason: null, latest: null, baseline: null });
    expect(captureHealth([], null, succeeded).health).toBe("NOT_CAPTURED");
    expect(captureHealth([], null, jobFailed).health).toBe("NOT_CAPTURED");
  });

  it("is CAPTURING while a capture waits or runs, whatever the earlier captures said", () => {
    expect(captureHealth([], null, queued).health).toBe("CAPTURING");
    expect(captureHealth([], null, running).health).toBe("CAPTURING");
    expect(captureHealth([], null, retryWaiting).health).toBe("CAPTURING");
    expect(captureHealth([snapshot(1)], null, running).health).toBe("CAPTURING");
    expect(captureHealth([snapshot(1), snapshot(2, { httpStatus: 404 })], null, queued).health).toBe("CAPTURING");
  });

  it("is INTACT when only the markup changed", () => {
    expect(captureHealth([snapshot(1), snapshot(2, { sha256: "body-b" })]).health).toBe("INTACT");
    expect(captureHealth([snapshot(1)], null, succeeded)).toMatchObject({ health: "INTACT", retrying: false });
  });

  it("is CHANGED when the text changed since the capture current at citing time", () => {
    const first = snapshot(1);
    const second = snapshot(3, { textSha256: "text-b", sha256: "body-b" });
    expect(captureHealth([second, first], new Date(Date.UTC(2025, 9, 2)))).toMatchObject({
      health: "CHANGED",
      reason: null,
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

  it.each([404, 410])("is GONE when the page answers %i after it had been captured", (status) => {
    expect(captureHealth([snapshot(1), snapshot(2, { httpStatus: status })])).toMatchObject({
      health: "GONE",
      reason: null,
      httpStatus: status,
    });
  });

  it("is not GONE when the page was never captured: a first 404 is a failed capture", () => {
    expect(captureHealth([snapshot(1, { httpStatus: 404 })])).toMatchObject({
      health: "FAILED",
      reason: "NOT_FOUND",
      httpStatus: 404,
    });
    // Unreachable first, then 404: still never captured.
    expect(captureHealth([snapshot(1, failedFetch("DNS_FAILED")), snapshot(2, { httpStatus: 410 })])).toMatchObject({
      health: "FAILED",
      reason: "NOT_FOUND",
    });
  });

  it.each([
    ["DNS_FAILED", "DNS"],
    ["TIMEOUT", "TIMEOUT"],
    ["NETWORK", "NETWORK"],
  ] as const)("is UNREACHABLE (not GONE) on %s, captured before or not", (code, reason) => {
    expect(captureHealth([snapshot(1, failedFetch(code))])).toMatchObject({ health: "UNREACHABLE", reason });
    expect(captureHealth([snapshot(1), snapshot(2, failedFetch(code))])).toMatchObject({
      health: "UNREACHABLE",
      reason,
      httpStatus: null,
    });
    expect(isUnreachableCode(code)).toBe(true);
  });

  it("marks an unreachable page whose retry is queued as retrying, and only then", () => {
    const unreachable = [snapshot(1, failedFetch("DNS_FAILED"))];
    expect(captureHealth(unreachable, null, retryWaiting)).toMatchObject({ health: "UNREACHABLE", retrying: true });
    expect(captureHealth(unreachable, null, succeeded)).toMatchObject({ health: "UNREACHABLE", retrying: false });
    expect(captureHealth(unreachable, null, jobFailed)).toMatchObject({ health: "UNREACHABLE", retrying: false });
  });

  it.each([
    ["FORBIDDEN_ADDRESS", "BLOCKED"],
    ["UNSUPPORTED_SCHEME", "BLOCKED"],
    ["INVALID_URL", "INVALID_URL"],
    ["TOO_LARGE", "TOO_LARGE"],
    ["TOO_MANY_REDIRECTS", "TOO_MANY_REDIRECTS"],
    ["UNSUPPORTED_CONTENT", "UNSUPPORTED_TYPE"],
    ["SOMETHING_NEW", "UNKNOWN"],
  ] as const)("is FAILED with a reason on %s", (code, reason) => {
    expect(captureHealth([snapshot(1, failedFetch(code))])).toMatchObject({ health: "FAILED", reason });
    expect(captureHealth([snapshot(1), snapshot(2, failedFetch(code))])).toMatchObject({ health: "FAILED", reason });
    expect(isUnreachableCode(code)).toBe(false);
  });

  it("keeps the status of a page that answered but could not be kept", () => {
    expect(captureHealth([snapshot(1), snapshot(2, { httpStatus: 200, errorCode: "TOO_LARGE" })])).toMatchObject({
      health: "FAILED",
      reason: "TOO_LARGE",
      httpStatus: 200,
    });
  });

  it.each([500, 502, 503, 599])("is FAILED (server error) on a %i, captured before or not", (status) => {
    for (const snapshots of [[snapshot(1, { httpStatus: status })], [snapshot(1), snapshot(2, { httpStatus: status })]])
      expect(captureHealth(snapshots)).toMatchObject({ health: "FAILED", reason: "SERVER_ERROR", httpStatus: status });
  });

  it.each([301, 401, 403, 429, 451, 600, 199])("is FAILED (answered %i) on any other status", (status) => {
    expect(captureHealth([snapshot(1), snapshot(2, { httpStatus: status })])).toMatchObject({
      health: "FAILED",
      reason: "HTTP_STATUS",
      httpStatus: status,
    });
  });

  it("is FAILED (unknown) on a capture with neither status nor error code", () => {
    expect(captureHealth([snapshot(1, { httpStatus: null })])).toMatchObject({ health: "FAILED", reason: "UNKNOWN" });
  });

  it("recovers when the page comes back", () => {
    expect(captureHealth([snapshot(1), snapshot(2, { httpStatus: 404 }), snapshot(3)]).health).toBe("INTACT");
    expect(captureHealth([snapshot(1, failedFetch("DNS_FAILED")), snapshot(2)]).health).toBe("INTACT");
  });

  it("reaches every state, and every reason, from some input", () => {
    const states = new Set<string>();
    const reasons = new Set<string>();
    const statuses = [null, 200, 301, 404, 410, 500];
    const codes = [null, "DNS_FAILED", "TIMEOUT", "NETWORK", "FORBIDDEN_ADDRESS", "INVALID_URL", "TOO_LARGE"].concat([
      "TOO_MANY_REDIRECTS",
      "UNSUPPORTED_CONTENT",
      "NEW",
    ]);
    const jobs = [null, queued, running, retryWaiting, succeeded, jobFailed];
    for (const first of [null, snapshot(1), snapshot(1, { textSha256: "text-b" })])
      for (const httpStatus of statuses)
        for (const errorCode of codes)
          for (const job of jobs) {
            const snapshots = [...(first ? [first] : []), snapshot(2, { httpStatus, errorCode })];
            const state = captureHealth(snapshots, null, job);
            states.add(state.health);
            if (state.reason) reasons.add(state.reason);
            // The invariants: a reason exactly for UNREACHABLE and FAILED; retrying only with a retry queued.
            expect(state.reason !== null).toBe(state.health === "UNREACHABLE" || state.health === "FAILED");
            if (state.retrying) expect(job).toBe(retryWaiting);
            expect(captureSummary(state)).toEqual({
              health: state.health,
              reason: state.reason,
              httpStatus: state.httpStatus,
              retrying: state.retrying,
            });
          }
    states.add(captureHealth([]).health);
    expect([...states].sort()).toEqual([...CAPTURE_HEALTHS].sort());
    expect([...reasons].sort()).toEqual([...CAPTURE_REASONS].sort());
  });
});
