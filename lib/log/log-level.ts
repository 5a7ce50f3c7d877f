/** The levels LOG_LEVEL accepts: pino's own, plus "silent" to turn logging off. */
export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** LOG_LEVEL as pino wants it: "info" when unset; a typo fails at start rather than logging at a guess. */
export function logLevelFrom(value: string | undefined): LogLevel {
  const level = value?.trim().toLowerCase() || "info";
  if (!(LOG_LEVELS as readonly string[]).includes(level)) {
    throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")} (got "${value}")`);
  }
  return level as LogLevel;
}

/** Readable lines for a developer at a terminal; JSON lines everywhere else, for log collectors. */
export function logFormatFor(nodeEnv: string | undefined): "pretty" | "json" {
  return nodeEnv === "development" ? "pretty" : "json";
}
