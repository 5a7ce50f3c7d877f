import "server-only";
import type { z } from "zod";
import type { ActionResult } from "./action-result";
import type { Member } from "./member";
import { getCurrentMember } from "./session";
import { toFailure } from "./to-failure";

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
    try {
      // Inside the try: loading the member reads the database too, which may be unreachable.
      const member = await getCurrentMember();
      if (!member) return { ok: false, code: "UNAUTHENTICATED" };
      const parsed = schema.safeParse(raw);
      if (!parsed.success) return { ok: false, code: "VALIDATION", fieldErrors: fieldErrorsOf(parsed.error) };
      return { ok: true, data: await run(member, parsed.data) };
    } catch (error) {
      return await toFailure(error);
    }
  };
}

/**
 * The same wrapper for the few actions that run before anyone is signed in (accepting an
 * invitation with a new account): zod and the error mapping, no member. What authorises the
 * call is the input itself (an invitation's token), checked by the use case.
 */
export function publicAction<S extends z.ZodType, T>(
  schema: S,
  run: (input: z.output<S>) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (raw) => {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return { ok: false, code: "VALIDATION", fieldErrors: fieldErrorsOf(parsed.error) };
    try {
      return { ok: true, data: await run(parsed.data) };
    } catch (error) {
      return await toFailure(error);
    }
  };
}

function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
