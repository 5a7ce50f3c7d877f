import { z } from "zod";
import { ZImportArticleInput } from "./articles";

/** The longest quote a claim is made from (a claim's statement holds at most 2,000 characters). */
export const MAX_SENT_QUOTE_CHARS = 2_000;

/**
 * What the "Send to ClaimDesk" bookmarklet puts in the import page's address. Each field is read
 * on its own: an invalid one is left out (and named, so the page can say so), never a crash.
 */
const ZSentFields = {
  url: z
    .string()
    .trim()
    .max(2_000)
    .pipe(z.url({ protocol: /^https?$/ })),
  title: z.string().trim().min(1).max(300),
  quote: z.string().trim().min(1).max(MAX_SENT_QUOTE_CHARS),
} as const;

export type SentField = keyof typeof ZSentFields;

export interface SentToClaimDesk {
  url?: string;
  title?: string;
  quote?: string;
  /** Fields that were given but could not be used. */
  ignored: SentField[];
}

export function readSentToClaimDesk(searchParams: Record<string, string | string[] | undefined>): SentToClaimDesk {
  const sent: SentToClaimDesk = { ignored: [] };
  for (const field of Object.keys(ZSentFields) as SentField[]) {
    const raw = searchParams[field];
    if (raw === undefined || raw === "") continue;
    const parsed = ZSentFields[field].safeParse(raw);
    if (parsed.success) sent[field] = parsed.data;
    else sent.ignored.push(field);
  }
  return sent;
}

/**
 * An import with the passage that becomes its first claim. `intoArticleId` names the team's
 * existing article instead (the import was a duplicate and the fact-checker chose that one).
 */
export const ZImportArticleWithQuoteInput = z.intersection(
  ZImportArticleInput,
  z.object({
    quote: z.string().trim().min(1, { error: "required" }).max(MAX_SENT_QUOTE_CHARS, { error: "tooLong" }),
    intoArticleId: z.uuid().optional(),
  }),
);
export type TImportArticleWithQuoteInput = z.infer<typeof ZImportArticleWithQuoteInput>;
