import "server-only";

/**
 * Why fetching a user-supplied link failed. The code is for programs (the UI translates it);
 * the message is plain English a journalist can act on, and never carries a stack trace or
 * the internal address we refused to reach.
 */
export type FetchErrorCode =
  | "INVALID_URL"
  | "UNSUPPORTED_SCHEME"
  | "FORBIDDEN_ADDRESS"
  | "DNS_FAILED"
  | "TIMEOUT"
  | "TOO_LARGE"
  | "TOO_MANY_REDIRECTS"
  | "NETWORK";

const DEFAULT_MESSAGES: Record<FetchErrorCode, string> = {
  INVALID_URL: "This doesn't look like a valid web address.",
  UNSUPPORTED_SCHEME: "Only http:// and https:// links can be fetched.",
  FORBIDDEN_ADDRESS: "This link points to a private or internal address, which can't be fetched.",
  DNS_FAILED: "The website's name could not be found. Check the address for typos.",
  TIMEOUT: "The website took too long to answer.",
  TOO_LARGE: "The page is too large to import.",
  TOO_MANY_REDIRECTS: "The link redirects too many times.",
  NETWORK: "The website could not be reached.",
};

export class FetchError extends Error {
  constructor(
    readonly code: FetchErrorCode,
    message: string = DEFAULT_MESSAGES[code],
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "FetchError";
  }
}

export function isFetchError(error: unknown): error is FetchError {
  return error instanceof FetchError;
}
