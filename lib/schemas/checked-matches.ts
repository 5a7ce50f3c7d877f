import { z } from "zod";
import { CHECKED_MATCH_BATCH, MAX_CHECKED_QUOTE_CHARS } from "./checked-match-limits";
import { ZClaimType } from "./claims";

export { CHECKED_MATCH_BATCH, MAX_CHECKED_QUOTE_CHARS };

export const ZFindCheckedMatchesInput = z
  .object({
    articleId: z.uuid(),
    quotes: z.array(z.string().min(1).max(MAX_CHECKED_QUOTE_CHARS)).min(1).max(CHECKED_MATCH_BATCH),
    /** What the suggestion guessed for each quote, in order: lets a claim in another language match. */
    hints: z
      .array(z.object({ type: ZClaimType, claimantId: z.uuid().nullable() }))
      .max(CHECKED_MATCH_BATCH)
      .optional(),
  })
  .refine((input) => !input.hints || input.hints.length === input.quotes.length, {
    error: "one hint per quote",
    path: ["hints"],
  });
export type TFindCheckedMatchesInput = z.infer<typeof ZFindCheckedMatchesInput>;
