import "server-only";
import { verifyReportText, type VerifyResult } from "@/lib/domain/reports/integrity";
import { findTeamByPublicKey } from "./team-signing-key";

export type VerifiedReport = VerifyResult & { knownTeam?: string | null };

/** Verifies an uploaded report and, when intact, says whether its key is a team of this server. */
export async function verifyUploadedReport(text: string): Promise<VerifiedReport> {
  const result = verifyReportText(text);
  if (!result.ok) return result;
  return { ...result, knownTeam: (await findTeamByPublicKey(result.publicKey))?.teamName ?? null };
}
