import "server-only";
import { isDatabaseUnavailable, noteDatabaseUnreachable } from "@/lib/database-outage";
import { isAppError } from "@/lib/errors";
import { requestLogger } from "@/lib/log/request-logger";
import type { ActionResult } from "./action-result";

/** An expected AppError becomes its code; anything else is logged with its stack and stays on the server. */
export async function toFailure(error: unknown): Promise<Extract<ActionResult<never>, { ok: false }>> {
  if (isAppError(error)) return { ok: false, code: error.code, details: error.details };
  if (isDatabaseUnavailable(error)) {
    noteDatabaseUnreachable();
    (await requestLogger()).warn({ err: error }, "database unreachable");
    return { ok: false, code: "UNAVAILABLE" };
  }
  (await requestLogger()).error({ err: error }, "unexpected error in an action or route");
  return { ok: false, code: "UNEXPECTED" };
}
