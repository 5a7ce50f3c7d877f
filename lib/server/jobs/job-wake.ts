/**
 * Waking the in-process worker after enqueueing, without importing the worker (and through
 * it every job handler): use cases that enqueue stay free of import cycles.
 */
export const globalWorker = globalThis as unknown as { claimdeskJobWorker?: { wake(): void } };

/** Called after enqueueing, so work starts now rather than at the next poll. */
export function wakeJobWorker(): void {
  globalWorker.claimdeskJobWorker?.wake();
}

/** Whether this process started the worker (it does not when CLAIMDESK_JOB_WORKER=off). */
export function isJobWorkerRunning(): boolean {
  return globalWorker.claimdeskJobWorker !== undefined;
}
