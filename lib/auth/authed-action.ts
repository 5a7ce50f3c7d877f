import "server-only";
import type { z } from "zod";
import { isAppError } from "@/lib/errors";
import { requestLogger } from "@/lib/log/request-logger";
import type { ActionResult } from "./action-result";
import type { Member } from "./member";
import { getCurrentMember } from "./session";

/**
 * The one wrapper for server actions: loads the member, parses input with zod, runs the
 * use case (which asks the permission table itself), and turns errors into codes the UI
 * translates. Unexpected errors are logged here and reach users only as "UNEXPECTED".
 */
export function authedAction<S extends z.ZodType, T>(
  schema: S,
  run: (member: Member, input: z.output<S>) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (raw) => {
    const member = await getCurrentMember();
    if (!member) return { ok: false, code: "UNAUTHENTICATED" };
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return { ok: false, code: "VALIDATION", fieldErrors: fieldErrorsOf(parsed.error) };
    try {
      return { ok: true, data: await run(member, parsed.data) };
    } catch (error) {
      return await toFailure(error);
    }
  };
}

/** An expected AppError becomes its code; anything else is logged with its stack and stays on the server. */
export async function toFailure(error: unknown): Promise<Extract<ActionResult<never>, { ok: false }>> {
  if (isAppError(error)) return { ok: false, code: error.code, details: error.details };
  (await requestLogger()).error({ err: error }, "unexpected error in an action or route");
  return { ok: false, code: "UNEXPECTED" };
}

function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
