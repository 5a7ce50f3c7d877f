/** The longest a token may live: a forgotten integration's token should not work forever. */
export const API_TOKEN_MAX_LIFETIME_DAYS = 366;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A token given an expiry date (YYYY-MM-DD) works through that whole day, UTC: it expires at the
 * next midnight UTC. Null when that moment is not in the future or lies beyond the longest lifetime.
 */
export function apiTokenExpiry(expiresOn: string, now: Date): Date | null {
  const day = Date.parse(`${expiresOn}T00:00:00.000Z`);
  // Date.parse rolls 2027-02-30 over into March: only a date that reads back the same is real.
  if (Number.isNaN(day) || new Date(day).toISOString().slice(0, 10) !== expiresOn) return null;
  const expiresAt = new Date(day + DAY_MS);
  if (expiresAt.getTime() <= now.getTime()) return null;
  if (expiresAt.getTime() > now.getTime() + API_TOKEN_MAX_LIFETIME_DAYS * DAY_MS) return null;
  return expiresAt;
}
