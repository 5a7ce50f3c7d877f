/**
 * The HTTP side of the page benchmark: autocannon load in chunks, the app's SQL tally read
 * around them, and a page's statements replayed through raw `pg` between the chunks.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import autocannon from "autocannon";
import type pg from "pg";

export interface TalliedStatement {
  query: string;
  params: string;
  durationMs: number;
}

/** What GET /api/debug/sql-tally answers: the statements since the last read. */
export interface Tally {
  count: number;
  statements: TalliedStatement[];
}

export async function readTally(base: string): Promise<Tally> {
  const response = await fetch(`${base}/api/debug/sql-tally`);
  if (!response.ok) throw new Error(`/api/debug/sql-tally answered ${response.status}: is CLAIMDESK_SQL_TALLY=1 set?`);
  return (await response.json()) as Tally;
}

/** The statements of one request, alone on the server. */
export async function statementsOfOneRequest(
  base: string,
  url: string,
  headers: Record<string, string>,
): Promise<Tally> {
  await readTally(base);
  await fetch(url, { headers }).then((response) => response.arrayBuffer());
  return readTally(base);
}

export interface Replay {
  /** Milliseconds per round: every statement of the page once, in order, on one connection. */
  times: number[];
  failures: number;
}

/** Transaction control has no work of its own outside the page's transaction. */
const CONTROL = /^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|SET\s+TRANSACTION|DEALLOCATE)\b/i;

export async function replayStatements(
  client: pg.Client,
  tally: Tally,
  bounds: { rounds: number; maxMs: number },
): Promise<Replay> {
  const statements = tally.statements
    .filter((statement) => !CONTROL.test(statement.query))
    .map((statement) => ({ text: statement.query, values: JSON.parse(statement.params) as unknown[] }));
  const times: number[] = [];
  let failures = 0;
  if (statements.length === 0) return { times, failures };
  const started = performance.now();
  for (let round = 0; round < bounds.rounds && (round < 3 || performance.now() - started < bounds.maxMs); round += 1) {
    const roundStarted = performance.now();
    for (const statement of statements) {
      try {
        await client.query(statement.text, statement.values);
      } catch {
        failures += 1;
      }
    }
    times.push(performance.now() - roundStarted);
  }
  return { times, failures };
}

/**
 * Statements counted since the last read, once the server is quiet: requests still running
 * when autocannon stopped its clock finish their work (and their statements) after it.
 */
async function settledCount(base: string): Promise<number> {
  let total = (await readTally(base)).count;
  for (let quiet = 0; quiet < 3;) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const more = (await readTally(base)).count;
    total += more;
    quiet = more === 0 ? quiet + 1 : 0;
  }
  return total;
}

/**
 * CPU time (user + system, all threads) a process has used so far, in ms, from /proc (Linux);
 * null elsewhere. Unlike latency, it hardly moves when something else loads the machine.
 */
export function processCpuMs(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicksPerSecond();
  } catch {
    return null;
  }
}

let ticks: number | undefined;
const clockTicksPerSecond = () => (ticks ??= Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" })) || 100);

export interface LoadResult<T> {
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  bytesPerResponse: number;
  non2xx: number;
  statementsPerRequest: number;
  /** The server's CPU time per request (all its threads, GC included), when its process id is known. */
  serverCpuMsPerRequest: number | null;
  between: T[];
}

const CONNECTIONS = 10;

/** 10 connections on one URL in `chunks` bounded runs, `between()` after each. */
export async function measureLoad<T>(options: {
  base: string;
  url: string;
  headers: Record<string, string>;
  chunks: number;
  secondsPerChunk: number;
  between: () => Promise<T>;
  /** The server's process, to read its CPU time around each run. */
  serverPid?: number;
}): Promise<LoadResult<T>> {
  const latencies: number[] = [];
  let bytes = 0;
  let non2xx = 0;
  let statements = 0;
  // Requests the server worked on: answered, failed, and one still open per connection when the clock stopped.
  let started = 0;
  const between: T[] = [];
  let serverCpuMs: number | null = 0;
  for (let chunk = 0; chunk < options.chunks; chunk += 1) {
    await readTally(options.base);
    const cpuBefore = processCpuMs(options.serverPid);
    await new Promise<void>((resolve, reject) => {
      const instance = autocannon(
        {
          url: options.url,
          headers: options.headers,
          connections: CONNECTIONS,
          duration: options.secondsPerChunk,
          timeout: 60,
        },
        (error) => (error ? reject(error) : resolve()),
      );
      instance.on("reqError", () => (started += 1));
      instance.on("response", (_client, statusCode, responseBytes, responseTime) => {
        started += 1;
        latencies.push(responseTime);
        bytes += responseBytes;
        if (statusCode < 200 || statusCode >= 300) non2xx += 1;
      });
    });
    statements += await settledCount(options.base);
    const cpuAfter = processCpuMs(options.serverPid);
    serverCpuMs =
      serverCpuMs !== null && cpuBefore !== null && cpuAfter !== null ? serverCpuMs + cpuAfter - cpuBefore : null;
    started += CONNECTIONS;
    between.push(await options.between());
  }
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    requests: latencies.length,
    bytesPerResponse: latencies.length ? bytes / latencies.length : 0,
    non2xx,
    statementsPerRequest: started ? statements / started : 0,
    serverCpuMsPerRequest: serverCpuMs !== null && started ? serverCpuMs / started : null,
    between,
  };
}

/** The smallest value with at least p% of the values at or below it. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
