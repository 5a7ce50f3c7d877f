import "server-only";
import { logger } from "@/lib/log/logger";
import { JOB_HANDLERS } from "./job-handlers";
import { failJob, takeNextJob } from "./job-queue";
import { globalWorker } from "./job-wake";

const KINDS = Object.keys(JOB_HANDLERS);

/**
 * Webhook deliveries wait on other people's servers (up to their timeout each), so they run in a
 * lane of their own, several at once: a slow or hostile receiver can't hold up exports and
 * captures, nor one endpoint's backlog another's for long.
 */
const WEBHOOK_KINDS = ["webhook.deliver"];
const OTHER_KINDS = KINDS.filter((kind) => !WEBHOOK_KINDS.includes(kind));
export const WEBHOOK_LANE_CONCURRENCY = 4;

/**
 * Runs due jobs (of `kinds`, by default every kind) one after another until none is left;
 * returns how many ran. A job the process died in the middle of is taken again once its lease
 * expires; one that has used up its attempts is failed rather than retried forever.
 */
export async function runDueJobs(options: { maxJobs?: number; kinds?: readonly string[] } = {}): Promise<number> {
  let ran = 0;
  while (ran < (options.maxJobs ?? Infinity)) {
    const job = await takeNextJob(options.kinds ?? KINDS);
    if (!job) break;
    ran += 1;
    if (job.attempts > job.maxAttempts) {
      await failJob(job, "INTERRUPTED");
      continue;
    }
    try {
      await JOB_HANDLERS[job.kind as keyof typeof JOB_HANDLERS](job);
    } catch (error) {
      const log = logger.child({ jobId: job.id, kind: job.kind, attempt: job.attempts });
      log.error({ err: error }, "job attempt failed");
      await failJob(job, "UNEXPECTED").catch((failure: unknown) =>
        log.error({ err: failure }, "could not record the job's failure"),
      );
    }
  }
  return ran;
}

const POLL_MS = 1_000;

/**
 * Starts the in-process worker (once per process): polls, and runs at once when woken. Once
 * started it counts as running for /api/health, even while its passes fail for want of a database.
 */
export function startJobWorker(): void {
  if (globalWorker.claimdeskJobWorker) return;
  const lanes = [lane(OTHER_KINDS), ...Array.from({ length: WEBHOOK_LANE_CONCURRENCY }, () => lane(WEBHOOK_KINDS))];
  const tick = () => lanes.forEach((run) => void run());
  setInterval(tick, POLL_MS).unref();
  globalWorker.claimdeskJobWorker = { wake: tick };
  logger.info("job worker started");
}

/** One runner of `kinds`: never two passes at once; woken while running, it goes round again. */
function lane(kinds: readonly string[]): () => Promise<void> {
  let running = false;
  let again = false;
  let failing = false;
  return async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        await runDueJobs({ kinds });
      } while (again);
      if (failing) logger.info({ kinds }, "job worker passes succeed again");
      failing = false;
    } catch (error) {
      // Usually the database is away: said once, not every second until it returns.
      if (!failing) logger.error({ err: error, kinds }, "job worker pass failed; retrying every poll");
      failing = true;
    } finally {
      running = false;
    }
  };
}
