import { z } from "zod";

export const ENTITY_KINDS = ["PERSON", "ORGANIZATION", "GOVERNMENT_BODY", "ARMED_GROUP", "OUTLET"] as const;
export const ZEntityKind = z.enum(ENTITY_KINDS);
export type TEntityKind = z.infer<typeof ZEntityKind>;

const ZAlias = z.string().trim().min(1).max(200);

export const ZEntityFields = z.object({
  name: z.string().trim().min(1, { error: "required" }).max(200, { error: "tooLong" }),
  /** The name shown in the Arabic interface, when the entity's name is in another script. */
  arabicName: z
    .string()
    .trim()
    .max(200, { error: "tooLong" })
    .nullish()
    .transform((value) => value || null),
  kind: ZEntityKind,
  description: z
    .string()
    .trim()
    .max(2000, { error: "tooLong" })
    .nullish()
    .transform((value) => value || null),
  /** Other spellings and scripts: "Omar Diaby", "عمر أومسين" … */
  aliases: z.array(ZAlias).max(50).default([]),
  sameAs: z
    .array(z.url({ protocol: /^https?$/, error: "url" }).max(2000))
    .max(20)
    .default([]),
});
/** What the use cases take: the parsed fields, the Arabic name optional (older callers and scripts leave it out). */
export type TEntityFields = Omit<z.infer<typeof ZEntityFields>, "arabicName"> & { arabicName?: string | null };

export const ZCreateEntityInput = ZEntityFields;
export const ZUpdateEntityInput = ZEntityFields.extend({ entityId: z.uuid(), version: z.number().int().positive() });
export type TUpdateEntityInput = TEntityFields & { entityId: string; version: number };

export const ZFindEntitiesInput = z.object({ query: z.string().trim().max(200) });
