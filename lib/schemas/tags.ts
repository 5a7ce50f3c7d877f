import { z } from "zod";
import { AppError } from "@/lib/errors";
import { normaliseTagColor } from "@/lib/domain/tags/tag-color";
import { cleanTagName, TAG_NAME_MAX_LENGTH } from "@/lib/domain/tags/tag-name";

/** At most this many tags on one claim or article, and in one change. */
export const MAX_TAGS_PER_ITEM = 20;
/** At most this many tags in a team: the picker and the admin page show them all. */
export const MAX_TAGS_PER_TEAM = 200;

export const ZTagName = z
  .string()
  .max(TAG_NAME_MAX_LENGTH * 4, { error: "tooLong" })
  .transform(cleanTagName)
  .pipe(z.string().min(1, { error: "required" }).max(TAG_NAME_MAX_LENGTH, { error: "tooLong" }));

export const ZTagColor = z
  .string()
  .max(20, { error: "color" })
  .transform((value, context) => {
    const color = normaliseTagColor(value);
    if (color) return color;
    context.addIssue({ code: "custom", message: "color" });
    return z.NEVER;
  });

export const ZCreateTagInput = z.object({ name: ZTagName, color: ZTagColor });
export type TCreateTagInput = z.input<typeof ZCreateTagInput>;

export const ZUpdateTagInput = ZCreateTagInput.extend({ tagId: z.uuid(), version: z.number().int().positive() });
export type TUpdateTagInput = z.input<typeof ZUpdateTagInput>;

export const ZDeleteTagInput = z.object({ tagId: z.uuid() });
export type TDeleteTagInput = z.infer<typeof ZDeleteTagInput>;

const ZTagIds = z.array(z.uuid()).max(MAX_TAGS_PER_ITEM, { error: "tooMany" }).default([]);

/** Tags put on and taken off one claim: a change, not a whole set, so two people tagging at once both win. */
export const ZUpdateClaimTagsInput = z.object({ claimId: z.uuid(), add: ZTagIds, remove: ZTagIds });
export type TUpdateClaimTagsInput = z.input<typeof ZUpdateClaimTagsInput>;

export const ZUpdateArticleTagsInput = z.object({ articleId: z.uuid(), add: ZTagIds, remove: ZTagIds });
export type TUpdateArticleTagsInput = z.input<typeof ZUpdateArticleTagsInput>;

/** Parses a use case's input again (the API and scripts call use cases too): invalid input is refused, not a crash. */
export function parseTagInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success)
    throw new AppError("VALIDATION", "Invalid tag input", {
      fieldErrors: parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).slice(0, 5),
    });
  return parsed.data;
}

/** The tag editor's change, for either kind of item (the page's action names which). */
export const ZItemTagsChange = z.object({ id: z.uuid(), add: ZTagIds, remove: ZTagIds });
export type TItemTagsChange = z.input<typeof ZItemTagsChange>;
