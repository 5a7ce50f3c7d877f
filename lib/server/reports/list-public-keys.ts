import "server-only";
import { db } from "@/lib/db";
import { fingerprintOf } from "@/lib/domain/reports/integrity";

/** What a reader needs to check a signature; never any private material. */
export interface PublicKeyDto {
  teamId: string;
  teamName: string;
  keyId: string;
  algorithm: "Ed25519";
  /** SHA-256 (hex) of the raw public key, as reports and /verify show it. */
  fingerprint: string;
  /** Base64 DER (SPKI), what `npm run verify-report -- FILE --key` takes. */
  publicKey: string;
  notBefore: string;
  /** Null while the key is current; set when it was rotated out (it still verifies what it signed). */
  notAfter: string | null;
}

/**
 * Every signing key this instance publishes, current and rotated, newest first per team; or one
 * team's. Public by design (GET /api/public/keys): these are the keys readers trust.
 */
export async function listPublicKeys(filter: { teamId?: string } = {}): Promise<PublicKeyDto[]> {
  const rows = await db.teamSigningKey.findMany({
    where: filter.teamId ? { teamId: filter.teamId } : {},
    orderBy: [{ teamId: "asc" }, { createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      teamId: true,
      publicKey: true,
      createdAt: true,
      notAfter: true,
      team: { select: { name: true } },
    },
  });
  return rows.map((row) => ({
    teamId: row.teamId,
    teamName: row.team.name,
    keyId: row.id,
    algorithm: "Ed25519",
    fingerprint: fingerprintOf(row.publicKey),
    publicKey: row.publicKey,
    notBefore: row.createdAt.toISOString(),
    notAfter: row.notAfter?.toISOString() ?? null,
  }));
}
