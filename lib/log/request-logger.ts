import "server-only";
import { headers } from "next/headers";
import type { Logger } from "pino";
import { logger } from "./logger";
import { REQUEST_ID_HEADER } from "./request-id";

/**
 * The logger for the current request: every line it writes carries the request's id. Outside a
 * request (a job, the CLI, a test calling a route handler) there is no id and the plain logger serves.
 */
export async function requestLogger(): Promise<Logger> {
  const requestId = await headers().then(
    (list) => list.get(REQUEST_ID_HEADER),
    () => null,
  );
  return requestId ? logger.child({ requestId }) : logger;
}
