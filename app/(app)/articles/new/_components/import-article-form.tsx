"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import type { ActionResult } from "@/lib/auth/action-result";
import { detectLanguage } from "@/lib/domain/articles/detect-language";
import type { TImportArticleInput } from "@/lib/schemas/articles";
import { importArticleAction, importArticleWithQuoteAction } from "../actions";

type Source = TImportArticleInput["source"];
const SOURCES: Source[] = ["paste", "file", "url"];
type ImportInput = Parameters<typeof importArticleAction>[0];

/** The team's article this import would duplicate, as the server named it. */
interface Duplicate {
  articleId: string;
  title: string;
  match: "url" | "text";
}

function duplicateOf(result: ActionResult<unknown>): Duplicate | null {
  if (result.ok || result.code !== "CONFLICT" || result.details?.reason !== "duplicateArticle") return null;
  const { articleId, title, match } = result.details;
  if (typeof articleId !== "string" || typeof title !== "string") return null;
  return { articleId, title, match: match === "url" ? "url" : "text" };
}

/** What the "Send to ClaimDesk" bookmarklet brought, already checked by the page. */
export interface SentToForm {
  url?: string;
  title?: string;
  /** The passage that becomes the first claim. */
  quote?: string;
}

export function ImportArticleForm({ sent = {} }: { sent?: SentToForm }) {
  const t = useTranslations("importArticle");
  const tSent = useTranslations("sendToClaimDesk");
  const router = useRouter();
  const [source, setSource] = useState<Source>(sent.url ? "url" : "paste");
  const [pastedLanguage, setPastedLanguage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const { feedback, setFeedback, report, fieldError } = useActionFeedback();
  const [lastResult, setLastResult] = useState<ActionResult<unknown> | null>(null);
  const [duplicate, setDuplicate] = useState<Duplicate | null>(null);
  const lastInput = useRef<ImportInput | null>(null);
  const duplicateChoices = useRef<HTMLDivElement>(null);

  // Keyboard users land on the choice: open the existing article, or Tab to "Import anyway".
  useEffect(() => {
    if (duplicate) duplicateChoices.current?.querySelector<HTMLElement>("a, button")?.focus();
  }, [duplicate]);

  function run(input: ImportInput, intoArticleId?: string) {
    lastInput.current = input;
    startTransition(async () => {
      if (sent.quote) {
        // One action: the import (with its duplicate check), then the claim from the passage.
        const result = await importArticleWithQuoteAction({ ...input, quote: sent.quote, intoArticleId });
        setLastResult(result);
        const found = duplicateOf(result);
        setDuplicate(found);
        if (found) {
          setFeedback(null);
          return;
        }
        if (report(result, t("imported")) && result.ok) {
          const { articleId, quote } = result.data;
          router.push(quote === "created" ? `/articles/${articleId}` : `/articles/${articleId}?sent=${quote}`);
        }
        return;
      }
      const result = await importArticleAction(input);
      setLastResult(result);
      const found = duplicateOf(result);
      setDuplicate(found);
      if (found) {
        setFeedback(null);
        return;
      }
      if (report(result, t("imported")) && result.ok) router.push(`/articles/${result.data.articleId}`);
    });
  }

  function submit(form: FormData) {
    const text = (name: string) => String(form.get(name) ?? "");
    const metadata = {
      title: text("title"),
      publisher: text("publisher"),
      author: text("author"),
      url: text("url"),
      publishedAt: text("publishedAt"),
      language: text("language"),
      direction: text("direction") as "" | "rtl" | "ltr",
    };
    const file = form.get("file");
    const input =
      source === "paste"
        ? { ...metadata, source, text: text("text") }
        : source === "file"
          ? { ...metadata, source, file: file instanceof File && file.size > 0 ? file : (undefined as unknown as File) }
          : { ...metadata, source, fetchUrl: text("fetchUrl") };
    run(input);
  }

  return (
    <form
      onSubmit={(event) => {
        // Not a form action: React would reset the fields, losing the input when the server refuses it.
        event.preventDefault();
        submit(new FormData(event.currentTarget));
      }}
      className="flex flex-col gap-5 rounded-lg border border-slate-200 bg-white p-6"
      data-testid="import-article-form"
    >
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium text-slate-800">{t("sourceLabel")}</legend>
        <div className="flex flex-wrap gap-4">
          {SOURCES.map((option) => (
            <label key={option} className="flex items-center gap-2">
              <input
                type="radio"
                name="source"
                value={option}
                checked={source === option}
                onChange={() => setSource(option)}
              />
              {t(`source.${option}`)}
            </label>
          ))}
        </div>
      </fieldset>

      {source === "paste" && (
        <TextAreaField
          label={t("text")}
          name="text"
          rows={12}
          required
          dir="auto"
          hint={pastedLanguage ? t("detected", { language: pastedLanguage }) : t("textHint")}
          onBlur={(event) =>
            setPastedLanguage(event.currentTarget.value.trim() ? detectLanguage(event.currentTarget.value) : null)
          }
          error={fieldError(lastResult, "text")}
        />
      )}
      {source === "file" && (
        <TextField
          label={t("file")}
          name="file"
          type="file"
          accept=".txt,.html,.htm,text/plain,text/html"
          required
          hint={t("fileHint")}
          error={fieldError(lastResult, "file")}
        />
      )}
      {source === "url" && (
        <TextField
          label={t("fetchUrl")}
          name="fetchUrl"
          type="url"
          dir="ltr"
          required
          placeholder="https://"
          defaultValue={sent.url}
          hint={t("fetchUrlHint")}
          error={fieldError(lastResult, "fetchUrl")}
        />
      )}

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm text-slate-600">{t("metadataHint")}</legend>
        <TextField
          label={t("titleField")}
          name="title"
          dir="auto"
          className="sm:col-span-2"
          defaultValue={sent.title}
          error={fieldError(lastResult, "title")}
        />
        <TextField label={t("publisher")} name="publisher" dir="auto" error={fieldError(lastResult, "publisher")} />
        <TextField label={t("author")} name="author" dir="auto" error={fieldError(lastResult, "author")} />
        <TextField label={t("url")} name="url" type="url" dir="ltr" error={fieldError(lastResult, "url")} />
        <TextField
          label={t("publishedAt")}
          name="publishedAt"
          type="date"
          error={fieldError(lastResult, "publishedAt")}
        />
        <SelectField label={t("language")} name="language" defaultValue="">
          <option value="">{t("autoDetect")}</option>
          <option value="ar">العربية (ar)</option>
          <option value="en">English (en)</option>
          <option value="fr">Français (fr)</option>
        </SelectField>
        <SelectField label={t("direction")} name="direction" defaultValue="">
          <option value="">{t("autoDetect")}</option>
          <option value="rtl">{t("rtl")}</option>
          <option value="ltr">{t("ltr")}</option>
        </SelectField>
      </fieldset>

      {sent.quote && (
        <div className="flex flex-col gap-1" data-testid="sent-quote">
          <p id="sent-quote-label" className="text-sm font-medium text-slate-800">
            {tSent("quoteLabel")}
          </p>
          <blockquote
            aria-labelledby="sent-quote-label"
            dir="auto"
            className="whitespace-pre-wrap rounded-md border-s-4 border-brand-600 bg-slate-50 px-3 py-2 text-slate-900"
          >
            {sent.quote}
          </blockquote>
          <p className="text-sm text-slate-600">{tSent("quoteHint")}</p>
        </div>
      )}
      {feedback && (
        <Notice tone={feedback.tone} testId="import-feedback">
          {feedback.text}
        </Notice>
      )}
      {duplicate && (
        <div
          className="flex flex-col gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
          data-testid="duplicate-article"
          data-match={duplicate.match}
        >
          <p role="status">
            <strong>{t("duplicateTitle")}</strong>{" "}
            {t.rich(duplicate.match === "url" ? "duplicateByUrl" : "duplicateByText", {
              title: () => <bdi>{duplicate.title}</bdi>,
            })}
          </p>
          <div ref={duplicateChoices} className="flex flex-wrap items-center gap-3">
            {sent.quote ? (
              <Button
                type="button"
                disabled={pending}
                onClick={() => lastInput.current && run(lastInput.current, duplicate.articleId)}
              >
                {tSent("addHere")}
              </Button>
            ) : (
              <Link href={`/articles/${duplicate.articleId}`} className="font-medium text-brand-800 underline">
                {t("openExisting")}
              </Link>
            )}
            <Button
              type="button"
              variant="secondary"
              disabled={pending}
              onClick={() => lastInput.current && run({ ...lastInput.current, allowDuplicate: true })}
            >
              {t("importAnyway")}
            </Button>
          </div>
        </div>
      )}
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? t(source === "url" ? "fetching" : "importing") : sent.quote ? tSent("submit") : t("submit")}
      </Button>
    </form>
  );
}
