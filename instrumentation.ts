/**
 * Runs once per server process: starts the background job worker (page captures, exports)
 * in the Node.js runtime. Jobs live in PostgreSQL, so work queued before a restart resumes.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.CLAIMDESK_JOB_WORKER === "off") return;
  const { startJobWorker } = await import("@/lib/server/jobs/job-worker");
  startJobWorker();
}
