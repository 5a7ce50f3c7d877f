import { z } from "zod";

export const ENTITY_KINDS = ["PERSON", "ORGANIZATION", "GOVERNMENT_BODY", "ARMED_GROUP", "OUTLET"] as const;
export const ZEntityKind = z.enum(ENTITY_KINDS);
export type TEntityKind = z.infer<typeof ZEntityKind>;

const ZAlias = z.string().trim().min(1).max(200);

export const ZEntityFields = z.object({
  name: z.string().trim().min(1, { error: "required" }).max(200, { error: "tooLong" }),
  kind: ZEntityKind,
  description: z
    .string()
    .trim()
    .max(2000, { error: "tooLong" })
    .optional()
    .transform((value) => value || null),
  /** Other spellings and scripts: "Omar Diaby", "عمر أومسين" … */
  aliases: z.array(ZAlias).max(50).default([]),
  sameAs: z
    .array(z.url({ protocol: /^https?$/, error: "url" }).max(2000))
    .max(20)
    .default([]),
});
export type TEntityFields = z.infer<typeof ZEntityFields>;

export const ZCreateEntityInput = ZEntityFields;
export const ZUpdateEntityInput = ZEntityFields.extend({ entityId: z.uuid(), version: z.number().int().positive() });
export type TUpdateEntityInput = z.infer<typeof ZUpdateEntityInput>;

export const ZFindEntitiesInput = z.object({ query: z.string().trim().max(200) });
