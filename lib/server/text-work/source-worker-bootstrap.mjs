// Only when ClaimDesk runs from source (tests, scripts under tsx): a worker thread cannot load
// TypeScript by itself, so this plain module registers tsx's loader, then runs the real entry.
// Builds bundle text-worker.ts instead and never load this file.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.entry);
