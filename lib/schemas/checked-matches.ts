import { z } from "zod";
import { CHECKED_MATCH_BATCH, MAX_CHECKED_QUOTE_CHARS } from "./checked-match-limits";

export { CHECKED_MATCH_BATCH, MAX_CHECKED_QUOTE_CHARS };

export const ZFindCheckedMatchesInput = z.object({
  articleId: z.uuid(),
  quotes: z.array(z.string().min(1).max(MAX_CHECKED_QUOTE_CHARS)).min(1).max(CHECKED_MATCH_BATCH),
});
export type TFindCheckedMatchesInput = z.infer<typeof ZFindCheckedMatchesInput>;
