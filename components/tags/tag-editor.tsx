"use client";

import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import type { ActionResult } from "@/lib/auth/action-result";
import type { TItemTagsChange } from "@/lib/schemas/tags";
import { TagChip, type TagChipData } from "./tag-chip";

/**
 * A claim's or article's tags as chips, each with a remove button, and a native select with an
 * "Add" button to put another one on: usable with the keyboard alone and by screen readers.
 * Tags are internal, so they may change at every workflow stage.
 */
export function TagEditor({
  itemId,
  tags: initial,
  choices,
  canEdit,
  save,
}: {
  itemId: string;
  tags: TagChipData[];
  choices: TagChipData[];
  canEdit: boolean;
  save: (change: TItemTagsChange) => Promise<ActionResult<TagChipData[]>>;
}) {
  const t = useTranslations("tags");
  const id = useId();
  const [tags, setTags] = useState(initial);
  const [picked, setPicked] = useState("");
  const [pending, startTransition] = useTransition();
  const { feedback, report } = useActionFeedback();
  const available = choices.filter((choice) => !tags.some((tag) => tag.id === choice.id));

  const change = (add: string[], remove: string[]) =>
    startTransition(async () => {
      const result = await save({ id: itemId, add, remove });
      if (report(result, t("updated"))) {
        setTags(result.data);
        setPicked("");
      }
    });

  return (
    <div className="flex flex-col gap-2" data-testid="tag-editor">
      <div className="flex flex-wrap items-center gap-2">
        <span id={`${id}-label`} className="text-sm font-medium text-slate-700">
          {t("listLabel")}
        </span>
        {tags.length === 0 ? (
          <span className="text-sm text-slate-600">{t("noneYet")}</span>
        ) : (
          <ul aria-labelledby={`${id}-label`} className="flex flex-wrap gap-1">
            {tags.map((tag) => (
              <li key={tag.id}>
                <TagChip
                  tag={tag}
                  disabled={pending}
                  removeLabel={t("remove", { name: tag.name })}
                  onRemove={canEdit ? () => change([], [tag.id]) : undefined}
                />
              </li>
            ))}
          </ul>
        )}
      </div>
      {canEdit && available.length > 0 && (
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            if (picked) change([picked], []);
          }}
        >
          <label className="flex flex-col gap-1 text-sm">
            <span className="sr-only">{t("picker")}</span>
            <select
              value={picked}
              onChange={(event) => setPicked(event.target.value)}
              className="rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm"
              data-testid="tag-picker"
            >
              <option value="">{t("picker")}…</option>
              {available.map((choice) => (
                <option key={choice.id} value={choice.id}>
                  {choice.name}
                </option>
              ))}
            </select>
          </label>
          <Button type="submit" variant="secondary" disabled={pending || !picked}>
            {t("add")}
          </Button>
        </form>
      )}
      <div aria-live="polite">{feedback && <Notice tone={feedback.tone}>{feedback.text}</Notice>}</div>
    </div>
  );
}
