import "server-only";
import { headers } from "next/headers";
import type { Logger } from "pino";
import { logger } from "./logger";
import { REQUEST_ID_HEADER } from "./request-id";

/** The logger for the current request: every line it writes carries the request's id. */
export async function requestLogger(): Promise<Logger> {
  const requestId = (await headers()).get(REQUEST_ID_HEADER);
  return requestId ? logger.child({ requestId }) : logger;
}
