import "server-only";
import pino, { type Logger } from "pino";
import pretty from "pino-pretty";
import { logFormatFor, logLevelFrom } from "./log-level";
import { serializeError } from "./serialize-error";

/**
 * The one server logger. Errors go under `err` (pino's serializer keeps type, message and
 * stack): `logger.error({ err }, "what failed")`. In a request, use requestLogger() instead,
 * so the line carries the request id.
 *
 * pino-pretty runs as a stream in this thread, not as a pino transport: transports start a
 * worker thread from a file path, which does not survive Next's bundling of server code.
 */
function createLogger(): Logger {
  const options = { level: logLevelFrom(process.env.LOG_LEVEL), serializers: { err: serializeError } };
  if (logFormatFor(process.env.NODE_ENV) === "json") return pino(options);
  return pino(options, pretty({ ignore: "pid,hostname", translateTime: "SYS:HH:MM:ss.l" }));
}

// Kept on globalThis so dev-mode reloads reuse one output stream.
const globalForLog = globalThis as unknown as { claimdeskLogger?: Logger };

export const logger: Logger = (globalForLog.claimdeskLogger ??= createLogger());
