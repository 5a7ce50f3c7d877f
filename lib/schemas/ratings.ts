import { z } from "zod";
import { CONFIDENCE_LEVELS } from "@/lib/domain/ratings/rating-scale";
import { WORKFLOW_ACTIONS } from "@/lib/domain/workflow/claim-workflow";
import { ZClaimType } from "./claims";

const nullableId = z
  .union([z.uuid(), z.literal(""), z.null()])
  .optional()
  .transform((value) => value || null);

export const ZConfidence = z.enum(CONFIDENCE_LEVELS);

export const ZRatingFields = z.object({
  verdictId: nullableId,
  confidence: z
    .union([ZConfidence, z.literal(""), z.null()])
    .optional()
    .transform((value) => value || null),
  rationale: z.string().trim().max(5000, { error: "tooLong" }).default(""),
});
export type TRatingFields = z.infer<typeof ZRatingFields>;

export const ZRateClaimInput = ZRatingFields.extend({ claimId: z.uuid(), version: z.number().int().positive() });
export type TRateClaimInput = z.infer<typeof ZRateClaimInput>;

const note = z.string().trim().max(2000, { error: "tooLong" }).optional().default("");

export const ZTransitionClaimInput = z.object({
  claimId: z.uuid(),
  version: z.number().int().positive(),
  action: z.enum(WORKFLOW_ACTIONS),
  note,
});
export type TTransitionClaimInput = z.infer<typeof ZTransitionClaimInput>;

export const BULK_ACTIONS = ["approve", "requestChanges", "publish"] as const;
export const ZBulkTransitionInput = z.object({
  claims: z
    .array(z.object({ claimId: z.uuid(), version: z.number().int().positive() }))
    .min(1)
    .max(500),
  action: z.enum(BULK_ACTIONS),
  note,
});
export type TBulkTransitionInput = z.infer<typeof ZBulkTransitionInput>;

export const ZRatingLabelInput = z.object({
  labelId: z.uuid().optional(),
  version: z.number().int().positive().optional(),
  name: z.string().trim().min(1, { error: "required" }).max(60, { error: "tooLong" }),
  nameAr: z
    .string()
    .trim()
    .max(60, { error: "tooLong" })
    .optional()
    .transform((value) => value || null),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: "color" }),
  ratingValue: z
    .union([z.coerce.number().int().min(1).max(5), z.literal(""), z.null()])
    .optional()
    .transform((value) => (value === "" || value === undefined ? null : value)),
});
export type TRatingLabelInput = z.infer<typeof ZRatingLabelInput>;

export const ZLabelRefInput = z.object({ labelId: z.uuid() });
export const ZMoveLabelInput = ZLabelRefInput.extend({ direction: z.enum(["up", "down"]) });
export const ZRetireLabelInput = ZLabelRefInput.extend({ retired: z.boolean() });

export const ZAddCommentInput = z.object({
  claimId: z.uuid(),
  parentId: nullableId,
  body: z.string().trim().min(1, { error: "required" }).max(5000, { error: "tooLong" }),
});
export type TAddCommentInput = z.infer<typeof ZAddCommentInput>;

export const ZReviewQueueFilters = z.object({
  articleId: nullableId,
  assigneeId: nullableId,
  /** One of the team's tags (another team's id matches nothing). */
  tagId: nullableId,
  type: z
    .union([ZClaimType, z.literal(""), z.null()])
    .optional()
    .transform((value) => value || null),
});
export type TReviewQueueFilters = z.infer<typeof ZReviewQueueFilters>;

/** Link a claim to an already checked one that says the same thing (or unlink: sameAsId null). */
export const ZLinkSameClaimInput = z.object({
  claimId: z.uuid(),
  version: z.number().int().positive(),
  sameAsId: z.uuid().nullable(),
  /** Take over the other claim's verdict, confidence and rationale (with the note in front). */
  carryVerdict: z.boolean().default(false),
  note: z.string().trim().max(2000, { error: "tooLong" }).default(""),
});
export type TLinkSameClaimInput = z.infer<typeof ZLinkSameClaimInput>;
