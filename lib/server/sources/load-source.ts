import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { latestCaptureJobs } from "./capture-jobs";
import { sourceSelect, toSourceDto, type SourceDto } from "./source-dto";

/**
 * A source of the team, as a DTO; another team's id is "not found". Outside a transaction
 * the reads share one snapshot (REPEATABLE READ): a capture committing between them would
 * otherwise pair a finished job with a source that has no snapshot yet.
 */
export async function loadSource(teamId: string, sourceId: string, client?: Tx): Promise<SourceDto> {
  if (!client) return db.$transaction((tx) => loadSource(teamId, sourceId, tx), { isolationLevel: "RepeatableRead" });
  const row = await client.source.findFirst({ where: { id: sourceId, teamId }, select: sourceSelect });
  if (!row) throw new AppError("NOT_FOUND");
  const jobs = await latestCaptureJobs(teamId, [row.id], client);
  return toSourceDto(row, jobs.get(row.id) ?? null);
}
