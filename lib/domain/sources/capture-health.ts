/**
 * What a fact-checker may believe about a cited page, derived from its captures (and the capture
 * job, when one is waiting or running). Each state says only what the server actually saw:
 *
 * - NOT_CAPTURED: no capture yet, and none on its way.
 * - CAPTURING: a capture is waiting for the worker or running.
 * - INTACT / CHANGED: the latest capture got the page; CHANGED when its text differs from the
 *   capture current when the page was cited (text hashes, so ad or timestamp churn in the markup
 *   doesn't raise a false alarm; body hashes for documents without text).
 * - GONE: the page answered 404 or 410 after it had been captured once.
 * - UNREACHABLE: the site could not be reached (name not found, refused, timed out, TLS): a
 *   network state, not a verdict on the page; the capture job tries again later.
 * - FAILED: the site answered but nothing usable was kept, with the reason.
 */
export interface SnapshotFacts {
  id: string;
  capturedAt: Date;
  httpStatus: number | null;
  errorCode: string | null;
  sha256: string | null;
  textSha256: string | null;
}

export const CAPTURE_HEALTHS = [
  "NOT_CAPTURED",
  "CAPTURING",
  "INTACT",
  "CHANGED",
  "GONE",
  "UNREACHABLE",
  "FAILED",
] as const;
export type CaptureHealth = (typeof CAPTURE_HEALTHS)[number];

/**
 * Why a capture is UNREACHABLE (DNS, TIMEOUT, NETWORK) or FAILED (the rest). NOT_FOUND is a
 * 404/410 on a page never captured: it was never there for us, so it can't be "gone".
 */
export const CAPTURE_REASONS = [
  "DNS",
  "TIMEOUT",
  "NETWORK",
  "BLOCKED",
  "INVALID_URL",
  "TOO_LARGE",
  "TOO_MANY_REDIRECTS",
  "UNSUPPORTED_TYPE",
  "NOT_FOUND",
  "SERVER_ERROR",
  "HTTP_STATUS",
  "UNKNOWN",
] as const;
export type CaptureReason = (typeof CAPTURE_REASONS)[number];

/** The capture job's state as far as health cares: attempts > 0 on a QUEUED job means a retry is waiting. */
export interface CaptureJobFacts {
  status: "QUEUED" | "RUNNING" | "SUCCEEDED" | "FAILED";
  attempts: number;
}

export interface CaptureState {
  health: CaptureHealth;
  /** Set for UNREACHABLE and FAILED only. */
  reason: CaptureReason | null;
  /** The status the site answered with, when the reason is an HTTP answer. */
  httpStatus: number | null;
  /** UNREACHABLE (or another failure) with a retry of the capture already queued. */
  retrying: boolean;
  latest: SnapshotFacts | null;
  baseline: SnapshotFacts | null;
}

const UNREACHABLE_REASONS: Record<string, CaptureReason> = {
  DNS_FAILED: "DNS",
  TIMEOUT: "TIMEOUT",
  NETWORK: "NETWORK",
};
const FAILED_REASONS: Record<string, CaptureReason> = {
  FORBIDDEN_ADDRESS: "BLOCKED",
  UNSUPPORTED_SCHEME: "BLOCKED",
  INVALID_URL: "INVALID_URL",
  TOO_LARGE: "TOO_LARGE",
  TOO_MANY_REDIRECTS: "TOO_MANY_REDIRECTS",
  UNSUPPORTED_CONTENT: "UNSUPPORTED_TYPE",
};

/** Capture error codes the job retries later on its own: the site may come back. */
export function isUnreachableCode(errorCode: string | null): boolean {
  return errorCode !== null && errorCode in UNREACHABLE_REASONS;
}

export function isGoodSnapshot(snapshot: SnapshotFacts): boolean {
  return !snapshot.errorCode && snapshot.httpStatus !== null && snapshot.httpStatus >= 200 && snapshot.httpStatus < 300;
}

function fingerprintsDiffer(a: SnapshotFacts, b: SnapshotFacts): boolean {
  if (a.textSha256 && b.textSha256) return a.textSha256 !== b.textSha256;
  return a.sha256 !== b.sha256;
}

/** The state of a capture that didn't get the page. */
function badCapture(
  latest: SnapshotFacts,
  capturedBefore: boolean,
): Pick<CaptureState, "health" | "reason" | "httpStatus"> {
  const code = latest.errorCode;
  if (code !== null) {
    if (code in UNREACHABLE_REASONS)
      return { health: "UNREACHABLE", reason: UNREACHABLE_REASONS[code]!, httpStatus: null };
    return { health: "FAILED", reason: FAILED_REASONS[code] ?? "UNKNOWN", httpStatus: latest.httpStatus };
  }
  const status = latest.httpStatus;
  if (status === 404 || status === 410) {
    return capturedBefore
      ? { health: "GONE", reason: null, httpStatus: status }
      : { health: "FAILED", reason: "NOT_FOUND", httpStatus: status };
  }
  if (status !== null && status >= 500 && status <= 599)
    return { health: "FAILED", reason: "SERVER_ERROR", httpStatus: status };
  if (status !== null) return { health: "FAILED", reason: "HTTP_STATUS", httpStatus: status };
  return { health: "FAILED", reason: "UNKNOWN", httpStatus: null };
}

/**
 * @param citedAt when the page was cited (evidence created); without it, the first good
 *   capture is the baseline ("changed since first captured").
 * @param job the source's latest capture job, when known: a waiting or running first attempt
 *   makes the state CAPTURING; a waiting retry keeps the last capture's state, marked retrying.
 */
export function captureHealth(
  snapshots: readonly SnapshotFacts[],
  citedAt?: Date | null,
  job?: CaptureJobFacts | null,
): CaptureState {
  const ordered = [...snapshots].sort((a, b) => a.capturedAt.getTime() - b.capturedAt.getTime());
  const latest = ordered.at(-1) ?? null;
  const good = ordered.filter(isGoodSnapshot);
  const citedBaseline = citedAt
    ? good.filter((snapshot) => snapshot.capturedAt.getTime() <= citedAt.getTime()).at(-1)
    : undefined;
  const baseline = citedBaseline ?? good[0] ?? null;
  const retryWaiting = job?.status === "QUEUED" && job.attempts > 0;
  const inFlight = job?.status === "RUNNING" || (job?.status === "QUEUED" && !retryWaiting);
  const plain = { reason: null, httpStatus: null, retrying: false, latest, baseline };

  if (inFlight || (retryWaiting && !latest)) return { ...plain, health: "CAPTURING" };
  if (!latest) return { ...plain, health: "NOT_CAPTURED" };
  if (!isGoodSnapshot(latest)) {
    const capturedBefore = good.some((snapshot) => snapshot.capturedAt.getTime() <= latest.capturedAt.getTime());
    return { ...plain, ...badCapture(latest, capturedBefore), retrying: retryWaiting };
  }
  if (baseline && fingerprintsDiffer(baseline, latest)) return { ...plain, health: "CHANGED" };
  return { ...plain, health: "INTACT" };
}

/** What the UI shows of a capture state (the badge and its reason). */
export type CaptureSummary = Pick<CaptureState, "health" | "reason" | "httpStatus" | "retrying">;

export function captureSummary(state: CaptureState): CaptureSummary {
  return { health: state.health, reason: state.reason, httpStatus: state.httpStatus, retrying: state.retrying };
}
