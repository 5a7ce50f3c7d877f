import { stdSerializers } from "pino";

/**
 * pino's error serializer (type, message and stack, causes included, and the error's own
 * fields such as pg's `code`), minus the `client` pg attaches to pool errors: a whole
 * connection object, with its settings, in every line about a lost connection.
 */
export function serializeError(error: unknown): unknown {
  const serialized: unknown = stdSerializers.err(error as Error);
  if (serialized && typeof serialized === "object" && "client" in serialized) delete serialized.client;
  return serialized;
}
