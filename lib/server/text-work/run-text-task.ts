import "server-only";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { suggestClaims, type ClaimSuggestion } from "@/lib/domain/claims/claim-suggestions";
import { AppError } from "@/lib/errors";
import { extractArticle, HtmlTooComplexError, type ExtractedArticle } from "@/lib/server/net/extract-main-text";
import type { TextTask } from "./text-task";

/**
 * Extraction and suggestion are linear, but on the largest inputs they still take a second or
 * more of CPU: done on the request's thread, that second would stall every other request. Above
 * these sizes they run in a worker thread, with a time limit; below, the thread's start-up would
 * cost more than the work.
 */
export const OFF_THREAD_HTML_CHARS = 200_000;
export const OFF_THREAD_TEXT_CHARS = 50_000;
export const TEXT_TASK_TIME_LIMIT_MS = 15_000;

export async function extractArticleOffThread(html: string, url?: string): Promise<ExtractedArticle | null> {
  if (html.length < OFF_THREAD_HTML_CHARS) return extractArticle(html, url);
  return runTextTask<ExtractedArticle | null>({ kind: "extract", html, url });
}

export async function suggestClaimsOffThread(
  text: string,
  options: Parameters<typeof suggestClaims>[1],
): Promise<ClaimSuggestion[]> {
  if (text.length < OFF_THREAD_TEXT_CHARS) return suggestClaims(text, options);
  return runTextTask<ClaimSuggestion[]>({ kind: "suggest", text, options });
}

type WorkerAnswer =
  { ok: true; result: unknown } | { ok: false; error: { name?: string; message?: string; code?: string } };

/** One task in a fresh worker thread; past the time limit the thread is stopped and the input refused. */
export function runTextTask<T>(task: TextTask, timeLimitMs = TEXT_TASK_TIME_LIMIT_MS): Promise<T> {
  const worker = startWorker(task);
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new AppError("BAD_INPUT", "Text took too long to process", { reason: "tooComplex" }));
    }, timeLimitMs);
    worker.once("message", (answer: WorkerAnswer) => {
      clearTimeout(timer);
      void worker.terminate();
      if (answer.ok) resolve(answer.result as T);
      else reject(rebuiltError(answer.error));
    });
    worker.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/**
 * In a build, the bundler turns the URL of text-worker.ts into its bundled chunk. From source
 * (tests, scripts under tsx), a worker thread cannot load TypeScript itself: a plain bootstrap
 * registers tsx's loader first, hidden from the bundler.
 */
function startWorker(task: TextTask): Worker {
  if (!import.meta.url.endsWith(".ts"))
    return new Worker(new URL("./text-worker.ts", import.meta.url), { workerData: task });
  const here = fileURLToPath(import.meta.url);
  const bootstrap = path.join(path.dirname(here), "source-worker-bootstrap.mjs");
  const entry = pathToFileURL(path.join(path.dirname(here), "text-worker.ts")).href;
  // Reflect.construct, not `new Worker(...)`: the bundler would otherwise take the bootstrap for an entry to bundle.
  return Reflect.construct(Worker, [
    bootstrap,
    { workerData: { ...task, entry }, execArgv: ["--conditions=react-server"] },
  ]) as Worker;
}

/** Errors cross the thread as plain data: the ones callers handle come back as their own classes. */
function rebuiltError(error: { name?: string; message?: string; code?: string }): Error {
  if (error.code === "PAGE_TOO_COMPLEX")
    return new HtmlTooComplexError(error.message?.includes("levels deep") ? "depth" : "elements");
  return new Error(error.message ?? "Text task failed");
}
