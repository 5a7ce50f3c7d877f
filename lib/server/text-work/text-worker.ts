/**
 * The text worker's entry (a Node.js worker thread, see run-text-task.ts): extraction and claim
 * suggestion of one large text, off the server's event loop. Pure work, no I/O: the answer or the
 * error goes back as one message.
 */
import { parentPort, workerData } from "node:worker_threads";
import { suggestClaims } from "@/lib/domain/claims/claim-suggestions";
import { extractArticle } from "@/lib/server/net/extract-main-text";
import type { TextTask } from "./text-task";

function run(task: TextTask): unknown {
  if (task.kind === "extract") return extractArticle(task.html, task.url);
  return suggestClaims(task.text, task.options);
}

try {
  parentPort!.postMessage({ ok: true, result: run(workerData as TextTask) });
} catch (error) {
  const { name, message, code } = error as { name?: string; message?: string; code?: string };
  parentPort!.postMessage({ ok: false, error: { name, message, code } });
}
