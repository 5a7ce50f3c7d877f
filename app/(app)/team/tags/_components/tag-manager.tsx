"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { TagChip } from "@/components/tags/tag-chip";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import type { ActionResult } from "@/lib/auth/action-result";
import { normaliseTagColor, TAG_PALETTE } from "@/lib/domain/tags/tag-color";
import { TAG_NAME_MAX_LENGTH } from "@/lib/domain/tags/tag-name";
import type { TagWithUsage } from "@/lib/server/tags/list-tags";
import { createTagAction, deleteTagAction, updateTagAction } from "../actions";

/** The admin's view of the team's tags: add, rename, recolour, delete (after a confirm when in use). */
export function TagManager({ tags }: { tags: TagWithUsage[] }) {
  const t = useTranslations("tags");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const { feedback, report } = useActionFeedback();
  const [editing, setEditing] = useState<TagWithUsage | "new" | null>(null);

  const run = (action: () => Promise<ActionResult<unknown>>, success: string) =>
    startTransition(async () => {
      if (report(await action(), success)) {
        setEditing(null);
        router.refresh();
      }
    });

  function remove(tag: TagWithUsage) {
    const inUse = tag.claims + tag.articles > 0;
    if (inUse && !window.confirm(t("confirmDelete", { name: tag.name, claims: tag.claims, articles: tag.articles })))
      return;
    run(() => deleteTagAction({ tagId: tag.id }), t("deleted"));
  }

  return (
    <div className="flex flex-col gap-3">
      <div aria-live="polite">{feedback && <Notice tone={feedback.tone}>{feedback.text}</Notice>}</div>
      {tags.length === 0 ? (
        <p className="text-slate-600">{t("empty")}</p>
      ) : (
        <table className="w-full border-collapse rounded-lg bg-white text-sm" data-testid="tags-table">
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-3 py-2 text-start">
                {t("name")}
              </th>
              <th scope="col" className="px-3 py-2 text-start">
                {t("usageColumn")}
              </th>
              <th scope="col" className="px-3 py-2">
                <span className="sr-only">{t("actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tags.map((tag) => (
              <tr key={tag.id} className="border-t border-slate-100">
                <th scope="row" className="px-3 py-2 text-start font-medium">
                  <TagChip tag={tag} />
                </th>
                <td className="px-3 py-2">
                  {/* Its claims, where they can be reported on as a set (search page, "Report of these claims"). */}
                  <Link href={`/search?tagId=${tag.id}`} className="text-brand-800 underline">
                    {t("usage", { claims: tag.claims, articles: tag.articles })}
                  </Link>
                </td>
                <td className="px-3 py-2">
                  <div className="flex flex-wrap justify-end gap-1">
                    <Button variant="ghost" aria-label={t("edit", { name: tag.name })} onClick={() => setEditing(tag)}>
                      {t("editButton")}
                    </Button>
                    <Button
                      variant="danger"
                      aria-label={t("delete", { name: tag.name })}
                      disabled={pending}
                      onClick={() => remove(tag)}
                    >
                      {t("deleteButton")}
                    </Button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing ? (
        <TagForm
          key={editing === "new" ? "new" : editing.id}
          tag={editing === "new" ? null : editing}
          pending={pending}
          onCancel={() => setEditing(null)}
          onSave={(name, color) => {
            const existing = editing === "new" ? null : editing;
            run(
              () =>
                existing
                  ? updateTagAction({ tagId: existing.id, version: existing.version, name, color })
                  : createTagAction({ name, color }),
              t("saved"),
            );
          }}
        />
      ) : (
        <div>
          <Button onClick={() => setEditing("new")}>{t("add")}</Button>
        </div>
      )}
    </div>
  );
}

function TagForm({
  tag,
  pending,
  onSave,
  onCancel,
}: {
  tag: TagWithUsage | null;
  pending: boolean;
  onSave: (name: string, color: string) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("tags");
  const [name, setName] = useState(tag?.name ?? "");
  const [color, setColor] = useState(tag?.color ?? TAG_PALETTE[0]);
  const [custom, setCustom] = useState(tag && !(TAG_PALETTE as readonly string[]).includes(tag.color) ? tag.color : "");
  const chosen = custom.trim() ? normaliseTagColor(custom) : color;

  return (
    <form
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
      data-testid="tag-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen) onSave(name, chosen);
      }}
    >
      <label className="flex max-w-sm flex-col gap-1 text-sm font-medium">
        {t("name")}
        <input
          name="name"
          required
          dir="auto"
          maxLength={TAG_NAME_MAX_LENGTH}
          value={name}
          onChange={(event) => setName(event.target.value)}
          className="rounded-md border border-slate-400 px-2 py-1.5 font-normal"
        />
      </label>
      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium">{t("color")}</legend>
        <div className="flex flex-wrap gap-2">
          {TAG_PALETTE.map((swatch, index) => (
            <label key={swatch} className="cursor-pointer">
              <input
                type="radio"
                name="color"
                value={swatch}
                checked={!custom.trim() && color === swatch}
                onChange={() => {
                  setColor(swatch);
                  setCustom("");
                }}
                className="peer sr-only"
              />
              <span
                className="block size-8 rounded-full border-2 border-white ring-2 ring-transparent peer-checked:ring-slate-900 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600"
                style={{ backgroundColor: swatch }}
              />
              <span className="sr-only">{t(`palette.c${index}` as never)}</span>
            </label>
          ))}
        </div>
        <label className="flex max-w-xs flex-col gap-1 text-sm">
          {t("customColor")}
          <input
            name="customColor"
            dir="ltr"
            placeholder="#1d4ed8"
            value={custom}
            maxLength={7}
            aria-invalid={custom.trim() !== "" && !chosen}
            onChange={(event) => setCustom(event.target.value)}
            className="rounded-md border border-slate-400 px-2 py-1.5 font-mono aria-[invalid=true]:border-red-600"
          />
        </label>
        {custom.trim() !== "" && !chosen && <p className="text-sm text-red-700">{t("badColor")}</p>}
      </fieldset>
      <div className="flex items-center gap-2 text-sm">
        <span>{t("preview")}</span>
        {chosen && <TagChip tag={{ id: "preview", name: name.trim() || t("name"), color: chosen }} />}
      </div>
      <div className="flex gap-2">
        <Button type="submit" disabled={pending || !chosen}>
          {t("save")}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
