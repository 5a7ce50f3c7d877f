import { z } from "zod";

/** Article text longer than this is not a news article (and would slow every reader). */
export const MAX_ARTICLE_CHARS = 400_000;
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "tooLong" })
    .optional()
    .transform((value) => value || undefined);

/** The metadata a fact-checker can give or correct; empty strings mean "not given". */
export const ZArticleMetadata = z.object({
  title: optionalText(300),
  publisher: optionalText(200),
  author: optionalText(200),
  url: z
    .string()
    .trim()
    .max(2000)
    .optional()
    .transform((value) => value || undefined)
    .pipe(z.url({ protocol: /^https?$/, error: "url" }).optional()),
  publishedAt: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined)
    .pipe(z.iso.date({ error: "date" }).optional()),
  /** BCP-47; detected from the text when not given. */
  language: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined)
    .pipe(
      z
        .string()
        .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, { error: "language" })
        .optional(),
    ),
  direction: z
    .enum(["rtl", "ltr", ""])
    .optional()
    .transform((value) => value || undefined),
});
export type TArticleMetadata = z.infer<typeof ZArticleMetadata>;

/** Imports even when the team already has the same article (the fact-checker chose "Import anyway"). */
const ZAllowDuplicate = z.boolean().optional().default(false);

export const ZImportArticleInput = z.discriminatedUnion("source", [
  ZArticleMetadata.extend({
    source: z.literal("paste"),
    text: z.string().max(MAX_ARTICLE_CHARS, { error: "textTooLong" }),
    allowDuplicate: ZAllowDuplicate,
  }),
  ZArticleMetadata.extend({
    source: z.literal("file"),
    file: z.file({ error: "fileRequired" }).max(MAX_UPLOAD_BYTES, { error: "fileTooLarge" }),
    allowDuplicate: ZAllowDuplicate,
  }),
  ZArticleMetadata.extend({
    source: z.literal("url"),
    fetchUrl: z.string().trim().min(1, { error: "required" }).max(2000),
    allowDuplicate: ZAllowDuplicate,
  }),
]);
export type TImportArticleInput = z.infer<typeof ZImportArticleInput>;

export const ZAddRevisionInput = z.object({
  articleId: z.uuid(),
  text: z.string().max(MAX_ARTICLE_CHARS, { error: "textTooLong" }),
});
