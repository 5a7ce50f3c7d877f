import "server-only";
import { db } from "@/lib/db";
import { verifyReportText, type VerifyResult } from "@/lib/domain/reports/integrity";

/**
 * Verifies an uploaded report; an intact one names its signer only when the key it names is one
 * this instance publishes for that very team (key id, team id and public key all match).
 */
export async function verifyUploadedReport(text: string): Promise<VerifyResult> {
  const result = verifyReportText(text);
  if (!result.ok) return result;
  const published = await db.teamSigningKey.findFirst({
    where: { id: asUuid(result.keyId), teamId: asUuid(result.team.id), publicKey: result.publicKey },
    select: { id: true },
  });
  return published ? { ...result, trust: "published" } : result;
}

/** A made-up id in a file must not reach a uuid column (PostgreSQL would reject the query). */
function asUuid(value: string): string {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)
    ? value
    : "00000000-0000-0000-0000-000000000000";
}
