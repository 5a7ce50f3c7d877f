import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { evidenceSelect, toEvidenceDto, type EvidenceDto } from "./evidence-dto";

export async function loadEvidence(
  teamId: string,
  evidenceId: string,
  client: Tx | typeof db = db,
): Promise<EvidenceDto> {
  const row = await client.evidence.findFirst({ where: { id: evidenceId, teamId }, select: evidenceSelect });
  if (!row) throw new AppError("NOT_FOUND");
  return toEvidenceDto(row);
}
