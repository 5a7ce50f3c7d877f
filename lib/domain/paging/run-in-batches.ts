/**
 * Works through items a bounded batch at a time: in order, one request at a time, so long work is
 * many short requests with progress in between. Stops at the first failure (reporting where to resume)
 * or as soon as the run is no longer current (a newer run took over, or the page went away); an answer
 * that arrives for a run that is no longer current is dropped.
 */
export async function runInBatches<T, D, F>(run: {
  items: readonly T[];
  size: number;
  from: number;
  ask(batch: T[]): Promise<{ ok: true; data: D } | ({ ok: false } & F)>;
  isCurrent(): boolean;
  onAnswer(answer: D, batch: T[], done: number): void;
  onFailure(failure: F, at: number): void;
}): Promise<void> {
  for (let at = run.from; at < run.items.length; at += run.size) {
    const batch = run.items.slice(at, at + run.size);
    const result = await run.ask(batch);
    if (!run.isCurrent()) return;
    if (!result.ok) return run.onFailure(result, at);
    run.onAnswer(result.data, batch, at + batch.length);
  }
}
