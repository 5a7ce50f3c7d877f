import { z } from "zod";

export const CLAIM_TYPES = [
  "EVENT",
  "STATEMENT",
  "ACCUSATION",
  "PROMISE",
  "CASUALTY_REPORT",
  "STATISTIC",
  "OTHER",
] as const;
export const ZClaimType = z.enum(CLAIM_TYPES);
export type TClaimType = z.infer<typeof ZClaimType>;

const shortText = z.string().trim().max(500);
/** Optional text; the form leaves a field out rather than sending "". */
const optionalText = shortText.optional();

/** A count that reports often give as a range ("at least 5", "between 10 and 12"). */
export const ZCountRange = z
  .object({
    min: z.number().int().min(0).max(10_000_000).nullable(),
    max: z.number().int().min(0).max(10_000_000).nullable(),
  })
  .refine((range) => range.min === null || range.max === null || range.min <= range.max, {
    error: "rangeOrder",
    path: ["max"],
  });
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

export { CLAIM_STATUSES, type TClaimStatus } from "@/lib/domain/claims/claim-statuses";
export const ANCHOR_STATUSES = ["ANCHORED", "MOVED", "FUZZY", "ORPHANED"] as const;
export type TAnchorStatus = (typeof ANCHOR_STATUSES)[number];

const optionalId = z
  .union([z.uuid(), z.literal(""), z.null()])
  .optional()
  .transform((value) => value || null);

/** When the claim was made: a date, or a date and time. */
const optionalWhen = z
  .union([
    z.iso.date({ error: "date" }),
    z.iso.datetime({ offset: true, local: true, error: "date" }),
    z.literal(""),
    z.null(),
  ])
  .optional()
  .transform((value) => value || null);

/** What a fact-checker edits on a claim; the quote and anchor come from the article itself. */
export const ZClaimFields = z.object({
  statement: z.string().trim().max(2000, { error: "tooLong" }),
  details: ZClaimDetails,
  claimantId: optionalId,
  reportedViaId: optionalId,
  claimedAt: optionalWhen,
  assigneeId: optionalId,
});
export type TClaimFields = z.infer<typeof ZClaimFields>;

/** A new claim from a selection (or an accepted suggestion) in the article's current revision. */
export const ZCreateClaimInput = z
  .object({
    articleId: z.uuid(),
    revisionId: z.uuid(),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
  })
  .extend(
    ZClaimFields.partial({ statement: true, claimantId: true, reportedViaId: true, claimedAt: true, assigneeId: true })
      .shape,
  )
  .refine((input) => input.start < input.end, { error: "emptySelection", path: ["end"] });
export type TCreateClaimInput = z.infer<typeof ZCreateClaimInput>;

export const ZUpdateClaimInput = ZClaimFields.extend({
  claimId: z.uuid(),
  /** The version the user started from: a stale one is refused, never overwritten. */
  version: z.number().int().positive(),
});
export type TUpdateClaimInput = z.infer<typeof ZUpdateClaimInput>;

export const ZDeleteClaimInput = z.object({ claimId: z.uuid(), version: z.number().int().positive() });

export const ZDismissSuggestionInput = z.object({
  articleId: z.uuid(),
  start: z.number().int().min(0),
  end: z.number().int().min(1),
});

/** A new place for a claim's quote: a selection in the article's current revision. */
export const ZReanchorClaimInput = z
  .object({
    claimId: z.uuid(),
    version: z.number().int().positive(),
    /** The revision the selection was made on: refused if the article got a newer one meanwhile. */
    revisionId: z.uuid(),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
  })
  .refine((input) => input.start < input.end, { error: "emptySelection", path: ["end"] });
export type TReanchorClaimInput = z.infer<typeof ZReanchorClaimInput>;

/** "The quote is no longer in the text", and why the claim stands anyway: the note is required. */
export const ZAcknowledgeClaimAnchorInput = z.object({
  claimId: z.uuid(),
  version: z.number().int().positive(),
  note: z.string().trim().min(1, { error: "required" }).max(2000, { error: "tooLong" }),
});
export type TAcknowledgeClaimAnchorInput = z.infer<typeof ZAcknowledgeClaimAnchorInput>;
