import type { AppErrorCode } from "@/lib/errors";

/** What every server action returns: data, or an error code the UI translates. */
export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      code: AppErrorCode | "UNEXPECTED";
      fieldErrors?: Record<string, string[]>;
      details?: Record<string, unknown>;
    };
