"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";

/** Every revision of the article as a link: the current text, or an earlier one to read with its highlights. */
export function RevisionList({
  articleId,
  revisions,
  shownRevisionId,
}: {
  articleId: string;
  /** Newest first. */
  revisions: { id: string; number: number; createdAt: string }[];
  shownRevisionId: string;
}) {
  const t = useTranslations("anchors");
  const format = useFormatter();
  if (revisions.length < 2) return null;
  return (
    <details className="text-sm" open={shownRevisionId !== revisions[0]!.id} data-testid="revision-list">
      <summary className="cursor-pointer self-start text-brand-800">
        {t("revisions", { count: revisions.length })}
      </summary>
      <ol className="mt-1 flex flex-col gap-1 ps-4">
        {revisions.map((revision, index) => (
          <li key={revision.id}>
            <Link
              href={index === 0 ? `/articles/${articleId}` : `/articles/${articleId}?revision=${revision.id}`}
              aria-current={revision.id === shownRevisionId ? "page" : undefined}
              className="text-brand-800 hover:underline aria-[current=page]:font-semibold aria-[current=page]:text-slate-900 aria-[current=page]:no-underline"
            >
              {t(index === 0 ? "currentRevision" : "earlierRevision", {
                number: revision.number,
                date: format.dateTime(new Date(revision.createdAt), { dateStyle: "medium", timeStyle: "short" }),
              })}
            </Link>
          </li>
        ))}
      </ol>
    </details>
  );
}
