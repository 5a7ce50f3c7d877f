"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { CaptureHealthBadge } from "@/components/sources/capture-health-badge";
import { EvidenceFields, readEvidenceFields } from "@/components/sources/evidence-fields";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import type { SourceDto } from "@/lib/server/sources/source-dto";
import { attachEvidenceAction, findSourcesAction } from "../actions";
import { NewSourceInline } from "./new-source-inline";

/** Find a source in the team's library (or add a new one) and cite it for this claim with a stance. */
export function AttachEvidence({ claimId, citedSourceIds }: { claimId: string; citedSourceIds: string[] }) {
  const t = useTranslations("evidence");
  const ts = useTranslations("sources");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [matches, setMatches] = useState<SourceDto[] | null>(null);
  const [source, setSource] = useState<SourceDto | null>(null);
  const [pending, startTransition] = useTransition();
  const { feedback, setFeedback, report } = useActionFeedback();
  const [creating, setCreating] = useState(false);
  const [chosenNote, setChosenNote] = useState<string | null>(null);
  const citationForm = useRef<HTMLFormElement>(null);
  const [focusCitation, setFocusCitation] = useState(0);

  // After a new source is added, the keyboard goes on to the citation's first field (its stance).
  useEffect(() => {
    if (focusCitation > 0) citationForm.current?.querySelector<HTMLSelectElement>('select[name="stance"]')?.focus();
  }, [focusCitation]);

  if (!open) {
    return (
      <div className="flex flex-col gap-2">
        {feedback && <Notice tone={feedback.tone}>{feedback.text}</Notice>}
        <div>
          <Button onClick={() => setOpen(true)}>{t("attach")}</Button>
        </div>
      </div>
    );
  }

  return (
    <section
      aria-labelledby="attach-heading"
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
      data-testid="attach-evidence"
    >
      <h3 id="attach-heading" className="font-semibold">
        {t("attachTitle")}
      </h3>
      <form
        role="search"
        className="flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          const query = String(new FormData(event.currentTarget).get("query") ?? "");
          startTransition(async () => {
            const result = await findSourcesAction({ query });
            setMatches(result.ok ? result.data.filter((match) => !citedSourceIds.includes(match.id)) : []);
          });
        }}
      >
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t("findSource")}
          <input
            name="query"
            type="search"
            dir="auto"
            className="rounded-md border border-slate-400 bg-white px-3 py-2 font-normal"
          />
        </label>
        <Button type="submit" variant="secondary" disabled={pending}>
          {ts("searchButton")}
        </Button>
      </form>
      {source ? (
        <div className="flex flex-col gap-1" data-testid="chosen-source">
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <span dir="auto">{t("chosen", { title: source.title })}</span>
            {source.url && <CaptureHealthBadge capture={source.capture} />}
            <Button
              variant="ghost"
              onClick={() => {
                setSource(null);
                setChosenNote(null);
              }}
            >
              {t("change")}
            </Button>
          </p>
          {chosenNote && <p className="text-xs text-slate-700">{chosenNote}</p>}
        </div>
      ) : (
        matches && (
          <ul
            aria-label={t("sourceResults")}
            className="flex flex-col divide-y divide-slate-100 rounded border border-slate-200"
          >
            {matches.length === 0 && <li className="px-3 py-2 text-sm text-slate-600">{t("noSourceFound")}</li>}
            {matches.map((match) => (
              <li key={match.id} className="flex flex-wrap items-center gap-2 px-3 py-2 text-sm">
                <span className="flex-1" dir="auto">
                  {match.title}
                  <span className="block text-xs text-slate-600">
                    {[match.outlet, match.origin?.name].filter(Boolean).join(" · ")}
                  </span>
                </span>
                {match.url && <CaptureHealthBadge capture={match.capture} />}
                <Button
                  variant="secondary"
                  onClick={() => setSource(match)}
                  aria-label={`${t("chooseSource")}: ${match.title}`}
                >
                  {t("chooseSource")}
                </Button>
              </li>
            ))}
          </ul>
        )
      )}
      {!source &&
        (creating ? (
          <NewSourceInline
            onCancel={() => setCreating(false)}
            onCreated={({ source: created, existing }) => {
              setCreating(false);
              if (citedSourceIds.includes(created.id)) {
                setFeedback({ tone: "error", text: t("newSourceAlreadyCited") });
                return;
              }
              setFeedback(null);
              setMatches(null);
              setSource(created);
              setChosenNote(existing ? t("newSourceExisting") : t("newSourceChosen"));
              setFocusCitation((count) => count + 1);
            }}
          />
        ) : (
          <div>
            <Button variant="secondary" onClick={() => setCreating(true)}>
              {t("newSource")}
            </Button>
          </div>
        ))}
      {source && (
        <form
          ref={citationForm}
          className="grid gap-3 sm:grid-cols-2"
          onSubmit={(event) => {
            event.preventDefault();
            const fields = readEvidenceFields(new FormData(event.currentTarget));
            startTransition(async () => {
              if (report(await attachEvidenceAction({ ...fields, claimId, sourceId: source.id }), t("attached"))) {
                setSource(null);
                setMatches(null);
                setOpen(false);
                setFeedback({ tone: "success", text: t("attached") });
                router.refresh();
              }
            });
          }}
        >
          <EvidenceFields />
          <div className="flex gap-2 sm:col-span-2">
            <Button type="submit" disabled={pending}>
              {t("save")}
            </Button>
            <Button variant="ghost" onClick={() => setOpen(false)}>
              {t("cancel")}
            </Button>
          </div>
        </form>
      )}
      {feedback?.tone === "error" && <Notice tone="error">{feedback.text}</Notice>}
    </section>
  );
}
