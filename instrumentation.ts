import type { Instrumentation } from "next";
import { REQUEST_ID_HEADER } from "@/lib/log/request-id";

/**
 * Runs once per server process: starts the background job worker (page captures, exports)
 * in the Node.js runtime. Jobs live in PostgreSQL, so work queued before a restart resumes.
 * Loading the logger here also makes a bad LOG_LEVEL stop the server at start.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // A wrong setting stops the server here, one line per problem, rather than on some later request.
  const { appEnv } = await import("@/lib/config/env");
  appEnv();
  await import("@/lib/log/logger");
  // Before the first request: the login limits key on the socket's peer address.
  const { recordPeerAddresses } = await import("@/lib/server/net/record-peer-address");
  recordPeerAddresses();
  if (process.env.CLAIMDESK_JOB_WORKER === "off") return;
  const { startJobWorker } = await import("@/lib/server/jobs/job-worker");
  startJobWorker();
}

/**
 * Every error a page, action or route handler did not catch, with its stack and the request's
 * id. The route's pattern is logged rather than its path: a public report's path is its secret.
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logger } = await import("@/lib/log/logger");
  const requestId = request.headers[REQUEST_ID_HEADER];
  const { isDatabaseUnavailable, noteDatabaseUnreachable } = await import("@/lib/database-outage");
  // No database: the proxy answers the next pages with the outage page for a few seconds.
  const unreachable = isDatabaseUnavailable(error);
  if (unreachable) noteDatabaseUnreachable();
  logger[unreachable ? "warn" : "error"](
    {
      err: error,
      requestId,
      method: request.method,
      route: context.routePath,
      routeType: context.routeType,
      digest: digestOf(error),
    },
    unreachable ? "request failed: database unreachable" : "request failed",
  );
};

/** React replaces a server component's error with one carrying a digest; the digest links the two. */
function digestOf(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "digest" in error ? String(error.digest) : undefined;
}
