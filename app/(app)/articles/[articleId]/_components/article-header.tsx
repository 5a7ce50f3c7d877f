"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextAreaField } from "@/components/ui/text-area-field";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import { articleTextOf } from "@/components/editor/article-html";
import type { ArticleWorkbenchView } from "@/lib/server/articles/get-article-workbench";
import { addRevisionAction } from "../actions";
import { RevisionList } from "./revision-list";

export function ArticleHeader({
  article,
  articleHtml,
  canAddRevision,
  tags,
}: {
  article: ArticleWorkbenchView;
  /** The article's tags and their editor, rendered by the page (internal only). */
  tags?: ReactNode;
  /** The current text, as rendered: the corrected text starts from it. */
  articleHtml: string;
  canAddRevision: boolean;
}) {
  const t = useTranslations("workbench");
  const format = useFormatter();
  const router = useRouter();
  // The text to correct, read from the rendered HTML when the form opens (null: closed).
  const [revising, setRevising] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const { feedback, report } = useActionFeedback();

  function submitRevision(form: FormData) {
    startTransition(async () => {
      const result = await addRevisionAction({ articleId: article.id, text: String(form.get("text") ?? "") });
      if (report(result, result.ok ? t("revisionAdded", { number: result.data.number, ...result.data.anchors }) : "")) {
        setRevising(null);
        router.refresh();
      }
    });
  }

  return (
    <header className="flex flex-col gap-2">
      <h1 lang={article.language} dir={article.direction} className="text-2xl font-semibold">
        {article.title || t("untitled")}
      </h1>
      <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-600">
        {article.publisher && <Meta label={t("publisher")} value={article.publisher} />}
        {article.author && <Meta label={t("author")} value={article.author} />}
        {article.publishedAt && (
          <Meta
            label={t("published")}
            value={format.dateTime(new Date(article.publishedAt), { dateStyle: "medium" })}
          />
        )}
        <Meta label={t("language")} value={`${article.language} (${article.direction})`} />
        <Meta
          label={t("revision")}
          value={t("revisionOf", { number: article.revision.number, count: article.revisionCount })}
        />
        {article.url && (
          <div className="flex gap-1">
            <dt>{t("url")}:</dt>
            <dd dir="ltr" className="max-w-md truncate">
              <a
                href={article.url}
                rel="noopener noreferrer nofollow"
                target="_blank"
                className="text-brand-700 underline"
              >
                {article.url}
              </a>
            </dd>
          </div>
        )}
      </dl>
      {tags}
      <RevisionList articleId={article.id} revisions={article.revisions} shownRevisionId={article.revision.id} />
      {canAddRevision && revising === null && (
        <Button variant="secondary" className="self-start" onClick={() => setRevising(articleTextOf(articleHtml))}>
          {t("addRevision")}
        </Button>
      )}
      {revising !== null && (
        <form
          onSubmit={(event) => {
            // Not a form action: React would reset the fields, losing the input when the server refuses it.
            event.preventDefault();
            submitRevision(new FormData(event.currentTarget));
          }}
          className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
        >
          <TextAreaField
            label={t("revisionText")}
            hint={t("revisionHint")}
            name="text"
            rows={10}
            dir={article.direction}
            lang={article.language}
            defaultValue={revising}
            required
          />
          <div className="flex gap-2">
            <Button type="submit" disabled={pending}>
              {t("saveRevision")}
            </Button>
            <Button variant="ghost" onClick={() => setRevising(null)}>
              {t("cancel")}
            </Button>
          </div>
        </form>
      )}
      {feedback && <Notice tone={feedback.tone}>{feedback.text}</Notice>}
    </header>
  );
}

function Meta({ label, value }: { label: string; value: string }) {
  return (
    <div className="flex gap-1">
      <dt>{label}:</dt>
      <dd>{value}</dd>
    </div>
  );
}
