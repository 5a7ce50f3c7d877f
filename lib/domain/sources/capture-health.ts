/**
 * Whether a cited page still says what it said: compares the latest capture with the one
 * that was current when the page was cited. Text hashes are compared when both captures
 * have text, so a changed ad or timestamp in the markup doesn't raise a false alarm.
 */
export interface SnapshotFacts {
  id: string;
  capturedAt: Date;
  httpStatus: number | null;
  errorCode: string | null;
  sha256: string | null;
  textSha256: string | null;
}

/** GONE: the site answers with an error or can't be reached; FAILED: it answered, but we couldn't keep it (too large, refused address). */
export type CaptureHealth = "NOT_CAPTURED" | "INTACT" | "CHANGED" | "GONE" | "FAILED";

const UNREACHABLE = new Set(["DNS_FAILED", "NETWORK", "TIMEOUT"]);

export function isGoodSnapshot(snapshot: SnapshotFacts): boolean {
  return !snapshot.errorCode && snapshot.httpStatus !== null && snapshot.httpStatus >= 200 && snapshot.httpStatus < 300;
}

function fingerprintsDiffer(a: SnapshotFacts, b: SnapshotFacts): boolean {
  if (a.textSha256 && b.textSha256) return a.textSha256 !== b.textSha256;
  return a.sha256 !== b.sha256;
}

/**
 * @param citedAt when the page was cited (evidence created); without it, the first good
 *   capture is the baseline ("changed since first captured").
 */
export function captureHealth(
  snapshots: readonly SnapshotFacts[],
  citedAt?: Date,
): { health: CaptureHealth; latest: SnapshotFacts | null; baseline: SnapshotFacts | null } {
  const ordered = [...snapshots].sort((a, b) => a.capturedAt.getTime() - b.capturedAt.getTime());
  const latest = ordered.at(-1) ?? null;
  if (!latest) return { health: "NOT_CAPTURED", latest: null, baseline: null };
  const good = ordered.filter(isGoodSnapshot);
  const citedBaseline = citedAt
    ? good.filter((snapshot) => snapshot.capturedAt.getTime() <= citedAt.getTime()).at(-1)
    : undefined;
  const baseline = citedBaseline ?? good[0] ?? null;
  if (!isGoodSnapshot(latest)) {
    const gone = latest.errorCode === null || UNREACHABLE.has(latest.errorCode);
    return { health: gone ? "GONE" : "FAILED", latest, baseline };
  }
  if (baseline && fingerprintsDiffer(baseline, latest)) return { health: "CHANGED", latest, baseline };
  return { health: "INTACT", latest, baseline };
}
