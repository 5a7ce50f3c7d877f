import "server-only";
import { JOB_HANDLERS } from "./job-handlers";
import { failJob, takeNextJob } from "./job-queue";
import { globalWorker } from "./job-wake";

const KINDS = Object.keys(JOB_HANDLERS);

/**
 * Runs due jobs one after another until none is left; returns how many ran. A job the
 * process died in the middle of is taken again once its lease expires; one that has used
 * up its attempts is failed rather than retried forever.
 */
export async function runDueJobs(options: { maxJobs?: number } = {}): Promise<number> {
  let ran = 0;
  while (ran < (options.maxJobs ?? Infinity)) {
    const job = await takeNextJob(KINDS);
    if (!job) break;
    ran += 1;
    if (job.attempts > job.maxAttempts) {
      await failJob(job, "INTERRUPTED");
      continue;
    }
    try {
      await JOB_HANDLERS[job.kind as keyof typeof JOB_HANDLERS](job);
    } catch (error) {
      console.error(`[jobs] ${job.kind} ${job.id} attempt ${job.attempts} failed`, error);
      await failJob(job, "UNEXPECTED").catch((failure: unknown) => console.error("[jobs] could not record the failure", failure));
    }
  }
  return ran;
}

const POLL_MS = 1_000;

/** Starts the in-process worker (once per process): polls, and runs at once when woken. */
export function startJobWorker(): void {
  if (globalWorker.claimdeskJobWorker) return;
  let running = false;
  let again = false;
  const tick = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        await runDueJobs();
      } while (again);
    } catch (error) {
      console.error("[jobs] worker pass failed", error);
    } finally {
      running = false;
    }
  };
  setInterval(() => void tick(), POLL_MS).unref();
  globalWorker.claimdeskJobWorker = { wake: () => void tick() };
}
