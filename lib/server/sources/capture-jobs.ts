import "server-only";
import { db, type Tx } from "@/lib/db";
import { toCaptureJobDto, type CaptureJobDto } from "./source-dto";

/** The latest capture job of each source. */
export async function latestCaptureJobs(
  teamId: string,
  sourceIds: readonly string[],
  client: Tx | typeof db = db,
): Promise<Map<string, CaptureJobDto>> {
  if (sourceIds.length === 0) return new Map();
  const jobs = await client.job.findMany({
    where: { teamId, kind: "source.capture", subjectId: { in: [...sourceIds] } },
    orderBy: { createdAt: "desc" },
    distinct: ["subjectId"],
    select: {
      id: true,
      subjectId: true,
      status: true,
      progress: true,
      stage: true,
      attempts: true,
      errorCode: true,
      createdAt: true,
    },
  });
  return new Map(jobs.map(({ subjectId, ...job }) => [subjectId!, toCaptureJobDto(job)!]));
}
