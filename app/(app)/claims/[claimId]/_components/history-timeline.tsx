"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { DisplayValue } from "@/lib/domain/history/history-display";
import type { HistoryEntry } from "@/lib/server/claims/get-claim-history";

/** Who did what and when, with what changed from → to. Read-only: nothing in the product edits history. */
export function HistoryTimeline({ entries }: { entries: HistoryEntry[] }) {
  const t = useTranslations("history");
  const tAll = useTranslations();
  const format = useFormatter();
  // Labels and enumerated values arrive as message keys (lib/domain/history/history-display).
  const term = (key: string) => (tAll.has(key as never) ? tAll(key as never) : key);
  const show = (value: DisplayValue): ReactNode => {
    switch (value.kind) {
      case "empty":
        return "—";
      case "text":
        return <bdi dir={value.ltr ? "ltr" : undefined}>{value.text}</bdi>;
      case "term":
        return term(value.key);
      case "fields":
        return value.fields.map((field, index) => (
          <span key={field.label}>
            {index > 0 && "; "}
            {term(field.label)}: {show(field.value)}
          </span>
        ));
    }
  };
  return (
    <section aria-labelledby="history-heading" className="flex flex-col gap-3">
      <h2 id="history-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {entries.length === 0 ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <ol className="flex flex-col gap-3 border-s-2 border-slate-200 ps-4" data-testid="history">
          {entries.map((entry) => {
            const key = `actions.${entry.action.replace(".", "_")}`;
            return (
              <li key={entry.id} className="flex flex-col gap-1 text-sm" data-action={entry.action}>
                <p>
                  <time dateTime={entry.at} className="text-xs text-slate-600">
                    {format.dateTime(new Date(entry.at), { dateStyle: "medium", timeStyle: "short" })}
                  </time>{" "}
                  <span className="font-medium">{entry.actor ?? t("system")}</span>{" "}
                  {t.has(key as never) ? t(key as never) : t("other")}
                  {entry.source && (
                    <>
                      {": "}
                      <Link href={`/sources/${entry.source.id}`} dir="auto" className="text-brand-800 hover:underline">
                        {entry.source.title}
                      </Link>
                    </>
                  )}
                </p>
                {entry.changes.length > 0 && (
                  <ul className="flex flex-col gap-0.5 text-xs text-slate-700">
                    {entry.changes.map((change) => (
                      <li key={change.label}>
                        <span className="font-medium">{term(change.label)}</span>:{" "}
                        {change.from.kind === "empty" ? (
                          // A value set for the first time: no "— →" before it.
                          show(change.to)
                        ) : (
                          <>
                            {show(change.from)}{" "}
                            <span aria-hidden className="inline-block rtl:rotate-180">
                              →
                            </span>
                            <span className="sr-only">{t("to")}</span> {show(change.to)}
                          </>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
                {entry.note && (
                  <blockquote className="border-s-2 border-slate-300 ps-2 text-slate-800" dir="auto">
                    {entry.note}
                  </blockquote>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
