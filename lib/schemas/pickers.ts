import { z } from "zod";

/**
 * What a picker can look up: the team's articles or entities (claimants) for a filter, its
 * active members for an @mention in a comment, or its sources (to add one to a case).
 */
export const PICKER_KINDS = ["articles", "entities", "members", "sources"] as const;
export type TPickerKind = (typeof PICKER_KINDS)[number];

/** At most this many matches per keystroke: a picker never carries the team's whole list. */
export const PICKER_LIMIT = 20;
/** An @mention offers fewer: a short list under the caret. */
export const MENTION_PICKER_LIMIT = 8;

/** The words typed into a picker; longer input is refused, not cut. */
export const ZPickerQuery = z.object({
  kind: z.enum(PICKER_KINDS),
  q: z.string().trim().max(100, { error: "tooLong" }),
});
export type TPickerQuery = z.infer<typeof ZPickerQuery>;

/** One match: what the filter sends (id) and what the person reads. */
export interface PickerChoice {
  id: string;
  label: string;
  /** A second line, e.g. the entity's kind. */
  hint?: string;
}
