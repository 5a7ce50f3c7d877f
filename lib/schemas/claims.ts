import { z } from "zod";

export const CLAIM_TYPES = ["EVENT", "STATEMENT", "ACCUSATION", "PROMISE", "CASUALTY_REPORT", "STATISTIC", "OTHER"] as const;
export const ZClaimType = z.enum(CLAIM_TYPES);
export type TClaimType = z.infer<typeof ZClaimType>;

const shortText = z.string().trim().max(500);
const optionalText = shortText.optional().transform((value) => (value ? value : undefined));

/** A count that reports often give as a range ("at least 5", "between 10 and 12"). */
export const ZCountRange = z
  .object({
    min: z.number().int().min(0).max(10_000_000).nullable(),
    max: z.number().int().min(0).max(10_000_000).nullable(),
  })
  .refine((range) => range.min === null || range.max === null || range.min <= range.max, { error: "rangeOrder", path: ["max"] });
export type TCountRange = z.infer<typeof ZCountRange>;

export const ZCasualtyDetails = z.object({
  killed: ZCountRange.optional(),
  wounded: ZCountRange.optional(),
  arrested: ZCountRange.optional(),
  parties: z.array(shortText).max(20).default([]),
  asOf: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  countedBy: optionalText,
});

export const ZAccusationDetails = z.object({
  accuser: optionalText,
  accused: optionalText,
  act: optionalText,
});

export const PROMISE_FOLLOW_UPS = ["PENDING", "KEPT", "BROKEN", "PARTLY_KEPT"] as const;
export const ZPromiseDetails = z.object({
  promiser: optionalText,
  promisee: optionalText,
  commitment: optionalText,
  deadline: z.iso.date().optional(),
  followUp: z.enum(PROMISE_FOLLOW_UPS).default("PENDING"),
});

/** Structured fields exist for three types; the others carry none. */
export const ZClaimDetails = z.discriminatedUnion("type", [
  z.object({ type: z.literal("CASUALTY_REPORT"), casualty: ZCasualtyDetails }),
  z.object({ type: z.literal("ACCUSATION"), accusation: ZAccusationDetails }),
  z.object({ type: z.literal("PROMISE"), promise: ZPromiseDetails }),
  z.object({ type: z.enum(["EVENT", "STATEMENT", "STATISTIC", "OTHER"]) }),
]);
export type TClaimDetails = z.infer<typeof ZClaimDetails>;
