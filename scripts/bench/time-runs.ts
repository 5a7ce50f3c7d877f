import { performance } from "node:perf_hooks";

/** Runs `work` once to warm up, then `runs` times; returns the median and 95th percentile in ms. */
export async function timeRuns(runs: number, work: () => unknown): Promise<{ p50: number; p95: number }> {
  await work();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
  return { p50: at(0.5), p95: at(0.95) };
}
