/**
 * Expected failures carry a code that the UI translates; anything else is logged on the
 * server and shown to users as a generic message (no stack traces leave the server).
 */
export type AppErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "VALIDATION"
  | "CONFLICT"
  | "STALE_VERSION"
  | "RATE_LIMITED"
  | "BAD_INPUT"
  /** The claim's content is frozen by the workflow (in review, approved, published, retracted). */
  | "CLAIM_FROZEN"
  /** The database cannot be reached (database-outage.ts): nothing was changed, try again. */
  | "UNAVAILABLE";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message ?? code);
    this.name = "AppError";
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
