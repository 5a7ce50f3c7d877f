import { z } from "zod";
import { INFORMATION_CREDIBILITY, SOURCE_RELIABILITY } from "@/lib/domain/sources/admiralty";

export const SOURCE_KINDS = [
  "NEWS_REPORT",
  "OFFICIAL_STATEMENT",
  "NGO_REPORT",
  "SOCIAL_MEDIA_POST",
  "VIDEO",
  "DOCUMENT",
  "INTERVIEW",
  "EYEWITNESS",
] as const;
export const ZSourceKind = z.enum(SOURCE_KINDS);
export type TSourceKind = z.infer<typeof ZSourceKind>;

export const STANCES = ["SUPPORTS", "REFUTES", "CONTEXT"] as const;
export const ZStance = z.enum(STANCES);
export type TStance = z.infer<typeof ZStance>;

/** "" from an empty form field means "not given". */
const optional = <T extends z.ZodType>(schema: T) =>
  z
    .union([schema, z.literal(""), z.null()])
    .optional()
    .transform((value) => (value === "" || value === undefined ? null : value) as z.output<T> | null);

const text = (max: number) => z.string().trim().max(max, { error: "tooLong" });

/** A web address we can fetch: http(s) only, with a clear reason for anything else. */
export const ZSourceUrl = z
  .string()
  .trim()
  .max(2000, { error: "tooLong" })
  .superRefine((value, context) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      context.addIssue({ code: "custom", message: "INVALID_URL" });
      return;
    }
    if (url.protocol !== "http:" && url.protocol !== "https:")
      context.addIssue({ code: "custom", message: "UNSUPPORTED_SCHEME" });
    else if (!url.hostname) context.addIssue({ code: "custom", message: "INVALID_URL" });
  });

export const ZSourceFields = z.object({
  title: optional(text(500)),
  outlet: optional(text(200)),
  author: optional(text(200)),
  publishedAt: optional(z.iso.date({ error: "date" })),
  language: optional(
    z
      .string()
      .trim()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: "language" }),
  ),
  kind: ZSourceKind,
  reliability: optional(z.enum(SOURCE_RELIABILITY)),
  originId: optional(z.uuid()),
  notes: optional(text(5000)),
});
export type TSourceFields = z.infer<typeof ZSourceFields>;

/** From a URL (captured by the server), or by hand for documents, interviews and eyewitnesses. */
export const ZCreateSourceInput = ZSourceFields.extend({ url: optional(ZSourceUrl) }).refine(
  (input) => input.url || input.title,
  {
    error: "titleOrUrl",
    path: ["title"],
  },
);
export type TCreateSourceInput = z.infer<typeof ZCreateSourceInput>;

export const ZUpdateSourceInput = ZSourceFields.extend({
  sourceId: z.uuid(),
  version: z.number().int().positive(),
  title: text(500).min(1, { error: "required" }),
});
export type TUpdateSourceInput = z.infer<typeof ZUpdateSourceInput>;

export const ZSourceFilters = z.object({
  q: z.string().trim().max(200).optional().default(""),
  kind: optional(ZSourceKind),
  reliability: optional(z.enum(SOURCE_RELIABILITY)),
});
export type TSourceFilters = z.infer<typeof ZSourceFilters>;

export const ZRequestCaptureInput = z.object({ sourceId: z.uuid() });

const ZEvidenceFields = z.object({
  stance: ZStance,
  passage: optional(text(5000)),
  credibility: optional(
    z.coerce
      .number()
      .int()
      .refine((value) => (INFORMATION_CREDIBILITY as readonly number[]).includes(value), { error: "credibility" }),
  ),
  note: optional(text(5000)),
});

export const ZAttachEvidenceInput = ZEvidenceFields.extend({ claimId: z.uuid(), sourceId: z.uuid() });
export type TAttachEvidenceInput = z.infer<typeof ZAttachEvidenceInput>;

export const ZUpdateEvidenceInput = ZEvidenceFields.extend({
  evidenceId: z.uuid(),
  version: z.number().int().positive(),
});
export type TUpdateEvidenceInput = z.infer<typeof ZUpdateEvidenceInput>;

export const ZRemoveEvidenceInput = z.object({ evidenceId: z.uuid(), version: z.number().int().positive() });
export type TRemoveEvidenceInput = z.infer<typeof ZRemoveEvidenceInput>;
