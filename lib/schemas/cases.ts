import { z } from "zod";
import { AppError } from "@/lib/errors";

export const CASE_TITLE_MAX = 200;
export const CASE_SUMMARY_MAX = 5_000;
export const CASE_PLACES_MAX = 20;
export const CASE_PLACE_MAX = 100;

/** "" or null from an empty form field means "not given". */
const optionalDate = z
  .union([z.iso.date({ error: "date" }), z.literal(""), z.null()])
  .optional()
  .transform((value) => (value ? value : null));

const ZCaseFields = z.object({
  title: z.string().trim().min(1, { error: "required" }).max(CASE_TITLE_MAX, { error: "tooLong" }),
  summary: z.string().trim().max(CASE_SUMMARY_MAX, { error: "tooLong" }).default(""),
  /** A member of the team (checked by the use case), or none. */
  leadId: z
    .union([z.uuid(), z.literal(""), z.null()])
    .optional()
    .transform((value) => value || null),
  eventStart: optionalDate,
  eventEnd: optionalDate,
  /** Blank places are dropped and repeats kept once. */
  places: z
    .array(z.string().trim().max(CASE_PLACE_MAX, { error: "tooLong" }))
    .max(CASE_PLACES_MAX, { error: "tooMany" })
    .default([])
    .transform((places) => [...new Set(places.filter(Boolean))]),
});

/** ISO dates compare as strings. */
const periodInOrder = (input: { eventStart: string | null; eventEnd: string | null }) =>
  !input.eventStart || !input.eventEnd || input.eventEnd >= input.eventStart;

export const ZCreateCaseInput = ZCaseFields.refine(periodInOrder, { error: "endBeforeStart", path: ["eventEnd"] });
export type TCreateCaseInput = z.input<typeof ZCreateCaseInput>;

export const ZUpdateCaseInput = ZCaseFields.extend({ caseId: z.uuid(), version: z.number().int().positive() }).refine(
  periodInOrder,
  { error: "endBeforeStart", path: ["eventEnd"] },
);
export type TUpdateCaseInput = z.input<typeof ZUpdateCaseInput>;

export const ZDeleteCaseInput = z.object({ caseId: z.uuid() });
export type TDeleteCaseInput = z.infer<typeof ZDeleteCaseInput>;

/**
 * What goes in or out of a case: an article (with all its claims, or as context for chosen ones),
 * one claim, or one source.
 */
export const ZCaseMember = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("article"), id: z.uuid(), allClaims: z.boolean().default(true) }),
  z.object({ kind: z.literal("claim"), id: z.uuid() }),
  z.object({ kind: z.literal("source"), id: z.uuid() }),
]);
export type TCaseMember = z.input<typeof ZCaseMember>;

export const ZCaseMembershipInput = z.object({ caseId: z.uuid(), member: ZCaseMember });
export type TCaseMembershipInput = z.input<typeof ZCaseMembershipInput>;

/** Parses a use case's input again (the API and scripts call use cases too): invalid input is refused, not a crash. */
export function parseCaseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success)
    throw new AppError("VALIDATION", "Invalid case input", {
      fieldErrors: parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).slice(0, 5),
    });
  return parsed.data;
}
