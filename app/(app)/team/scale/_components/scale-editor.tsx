"use client";

import { ArrowDown, ArrowUp } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import type { ActionResult } from "@/lib/auth/action-result";
import type { RatingLabelDto } from "@/lib/server/ratings/list-rating-scale";
import { deleteLabelAction, moveLabelAction, retireLabelAction, saveLabelAction } from "../actions";

/** The admin's view of the verdict scale: rename, recolour, remap, reorder, add, retire, delete unused. */
export function ScaleEditor({ scale }: { scale: RatingLabelDto[] }) {
  const t = useTranslations("scale");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const { feedback, report } = useActionFeedback();
  const [editing, setEditing] = useState<RatingLabelDto | "new" | null>(null);

  const run = (action: () => Promise<ActionResult<unknown>>) =>
    startTransition(async () => {
      if (report(await action(), t("saved"))) {
        setEditing(null);
        router.refresh();
      }
    });

  return (
    <div className="flex flex-col gap-3">
      {feedback && <Notice tone={feedback.tone}>{feedback.text}</Notice>}
      <table className="w-full border-collapse rounded-lg bg-white text-sm" data-testid="scale-table">
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-3 py-2 text-start">
              {t("name")}
            </th>
            <th scope="col" className="px-3 py-2 text-start">
              {t("nameAr")}
            </th>
            <th scope="col" className="px-3 py-2 text-start">
              {t("ratingValue")}
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
          {scale.map((label, index) => (
            <tr key={label.id} className={`border-t border-slate-100 ${label.retired ? "text-slate-500" : ""}`}>
              <th scope="row" className="px-3 py-2 text-start font-medium">
                <span
                  aria-hidden
                  className="me-2 inline-block size-3 rounded-full align-middle"
                  style={{ backgroundColor: label.color }}
                />
                {label.name} {label.retired && <span className="text-xs">({t("retired")})</span>}
              </th>
              <td className="px-3 py-2" dir="rtl" lang="ar">
                {label.nameAr ?? "—"}
              </td>
              <td className="px-3 py-2">{label.ratingValue ?? t("noValue")}</td>
              <td className="px-3 py-2">{t("usage", { count: label.usage })}</td>
              <td className="px-3 py-2">
                <div className="flex flex-wrap justify-end gap-1">
                  <Button
                    variant="ghost"
                    aria-label={t("up", { name: label.name })}
                    disabled={pending || index === 0}
                    onClick={() => run(() => moveLabelAction({ labelId: label.id, direction: "up" }))}
                  >
                    <ArrowUp aria-hidden className="size-4" />
                  </Button>
                  <Button
                    variant="ghost"
                    aria-label={t("down", { name: label.name })}
                    disabled={pending || index === scale.length - 1}
                    onClick={() => run(() => moveLabelAction({ labelId: label.id, direction: "down" }))}
                  >
                    <ArrowDown aria-hidden className="size-4" />
                  </Button>
                  <Button
                    variant="ghost"
                    aria-label={t("edit", { name: label.name })}
                    onClick={() => setEditing(label)}
                  >
                    {t("editButton")}
                  </Button>
                  <Button
                    variant="secondary"
                    disabled={pending}
                    onClick={() => run(() => retireLabelAction({ labelId: label.id, retired: !label.retired }))}
                  >
                    {label.retired ? t("restore") : t("retire")}
                  </Button>
                  {label.usage === 0 && (
                    <Button
                      variant="danger"
                      disabled={pending}
                      onClick={() => run(() => deleteLabelAction({ labelId: label.id }))}
                    >
                      {t("delete")}
                    </Button>
                  )}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {editing ? (
        <form
          className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-4"
          data-testid="label-form"
          onSubmit={(event) => {
            event.preventDefault();
            const form = new FormData(event.currentTarget);
            const value = (name: string) => String(form.get(name) ?? "");
            const existing = editing === "new" ? null : editing;
            run(() =>
              saveLabelAction({
                labelId: existing?.id,
                version: existing?.version,
                name: value("name"),
                nameAr: value("nameAr"),
                color: value("color"),
                ratingValue: value("ratingValue"),
              }),
            );
          }}
        >
          <label className="flex flex-col gap-1 text-sm font-medium">
            {t("name")}
            <input
              name="name"
              required
              defaultValue={editing === "new" ? "" : editing.name}
              className="rounded-md border border-slate-400 px-2 py-1.5 font-normal"
            />
          </label>
          <label className="flex flex-col gap-1 text-sm font-medium">
            {t("nameAr")}
            <input
              name="nameAr"
              dir="rtl"
              lang="ar"
              defaultValue={editing === "new" ? "" : (editing.nameAr ?? "")}
              className="rounded-md border border-slate-400 px-2 py-1.5 font-normal"
            />
          </label>
          <label className="flex flex-col gap-1 text-sm font-medium">
            {t("color")}
            <input
              name="color"
              type="color"
              defaultValue={editing === "new" ? "#475569" : editing.color}
              className="h-9 w-16 rounded-md border border-slate-400"
            />
          </label>
          <label className="flex flex-col gap-1 text-sm font-medium">
            {t("ratingValue")}
            <select
              name="ratingValue"
              defaultValue={editing === "new" || editing.ratingValue === null ? "" : String(editing.ratingValue)}
              className="rounded-md border border-slate-400 px-2 py-1.5 font-normal"
            >
              <option value="">{t("noValue")}</option>
              {[5, 4, 3, 2, 1].map((value) => (
                <option key={value} value={value}>
                  {value}
                </option>
              ))}
            </select>
          </label>
          <div className="flex gap-2 sm:col-span-4">
            <Button type="submit" disabled={pending}>
              {t("save")}
            </Button>
            <Button variant="ghost" onClick={() => setEditing(null)}>
              {t("cancel")}
            </Button>
          </div>
        </form>
      ) : (
        <div>
          <Button onClick={() => setEditing("new")}>{t("add")}</Button>
        </div>
      )}
    </div>
  );
}
