import type { AppErrorCode } from "@/lib/errors";

/** Every error code the API answers with, and its HTTP status. */
export const PROBLEM_STATUS: Record<
  AppErrorCode | "UNEXPECTED" | "UNSUPPORTED_MEDIA_TYPE" | "METHOD_NOT_ALLOWED",
  number
> = {
  VALIDATION: 400,
  BAD_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  STALE_VERSION: 409,
  CLAIM_FROZEN: 409,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  UNEXPECTED: 500,
  UNAVAILABLE: 503,
};
export type ProblemCode = keyof typeof PROBLEM_STATUS;

const TITLES: Record<ProblemCode, string> = {
  VALIDATION: "The request does not match the schema.",
  BAD_INPUT: "The request cannot be carried out as it is.",
  UNAUTHENTICATED: "A valid API token is required.",
  FORBIDDEN: "The token's role may not do this.",
  NOT_FOUND: "No such resource in this team.",
  METHOD_NOT_ALLOWED: "This resource does not take that method.",
  CONFLICT: "This conflicts with the current state.",
  STALE_VERSION: "Someone changed this since the version you sent.",
  CLAIM_FROZEN: "The workflow freezes this claim's content.",
  UNSUPPORTED_MEDIA_TYPE: "Send JSON (application/json).",
  RATE_LIMITED: "Too many requests for this token.",
  UNEXPECTED: "Something went wrong on our side.",
  UNAVAILABLE: "The service is unavailable; nothing was changed. Try again.",
};

export interface ProblemExtras {
  detail?: string;
  errors?: { path: string; message: string }[];
  current?: unknown;
  reason?: unknown;
}

/**
 * An RFC 9457 problem: `type` points at the code's entry in the API reference, `code` is the
 * error code the app's pages translate, so a client can show the same words the app does.
 */
export function problem(code: ProblemCode, extras: ProblemExtras = {}, headers: HeadersInit = {}): Response {
  const status = PROBLEM_STATUS[code];
  const body = { type: `/api/v1/docs#problem-${code}`, title: TITLES[code], status, code, ...extras };
  const response = Response.json(body, { status, headers });
  response.headers.set("content-type", "application/problem+json");
  response.headers.set("cache-control", "no-store");
  return response;
}

export const problemTitles = TITLES;
