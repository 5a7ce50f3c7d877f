import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { latestCaptureJobs } from "./capture-jobs";
import { sourceSelect, toSourceDto, type SourceDto } from "./source-dto";

/** A source of the team, as a DTO; another team's id is "not found". */
export async function loadSource(teamId: string, sourceId: string, client: Tx | typeof db = db): Promise<SourceDto> {
  const row = await client.source.findFirst({ where: { id: sourceId, teamId }, select: sourceSelect });
  if (!row) throw new AppError("NOT_FOUND");
  const jobs = await latestCaptureJobs(teamId, [row.id], client);
  return toSourceDto(row, jobs.get(row.id) ?? null);
}
