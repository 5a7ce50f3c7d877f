import { listPublicKeys } from "@/lib/server/reports/list-public-keys";

export const dynamic = "force-dynamic";

/**
 * GET /api/public/keys — every team's report-signing public keys with their validity, no sign-in:
 * what a reader checks a signed report against. Rotated keys stay listed.
 */
export async function GET() {
  return Response.json(
    { algorithm: "Ed25519", fingerprint: "SHA-256 of the raw 32-byte public key, hex", keys: await listPublicKeys() },
    { headers: { "cache-control": "public, max-age=300", "access-control-allow-origin": "*" } },
  );
}
