"use client";

import { ExternalLink } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { CaptureStatus } from "@/components/sources/capture-status";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import { entityName } from "@/lib/domain/entities/entity-name";
import type { EntityDto } from "@/lib/server/entities/entity-dto";
import type { SourceDto } from "@/lib/server/sources/source-dto";
import { listOriginChoicesAction, requestCaptureAction, sourceStatusAction, updateSourceAction } from "../../actions";
import { SourceForm } from "../../_components/source-form";

/**
 * The source's description, its capture state and the actions on it. The origins to choose
 * from load when "Edit" is pressed, not with every view of the page (a team's entities and
 * their aliases can run to thousands).
 */
export function SourceOverview({ source, canUpdate }: { source: SourceDto; canUpdate: boolean }) {
  const t = useTranslations("sources");
  const locale = useLocale();
  const tErrors = useTranslations("errors");
  const router = useRouter();
  // The origins to choose from while editing; null when not editing.
  const [entities, setEntities] = useState<EntityDto[] | null>(null);
  const [pending, startTransition] = useTransition();
  const { feedback, setFeedback, report } = useActionFeedback();

  function captureAgain() {
    startTransition(async () => {
      if (report(await requestCaptureAction({ sourceId: source.id }), t("captureQueued"))) router.refresh();
    });
  }

  const facts: [string, string | null][] = [
    [t("kind"), t(`kinds.${source.kind}`)],
    [t("outlet"), source.outlet],
    [t("author"), source.author],
    [t("publishedAt"), source.publishedAt],
    [t("language"), source.language],
    [t("reliability"), source.reliability ? t(`reliabilityScale.${source.reliability}`) : t("notGraded")],
    [t("origin"), source.origin ? entityName(source.origin, locale) : null],
    [t("notes"), source.notes],
  ];

  function edit() {
    startTransition(async () => {
      const result = await listOriginChoicesAction({});
      if (result.ok) {
        setFeedback(null);
        setEntities(result.data);
      } else setFeedback({ tone: "error", text: tErrors(result.code) });
    });
  }

  /** Confirms the origin the source's words name: the source's fields as they are, with that origin. */
  function acceptOrigin(originId: string) {
    startTransition(async () => {
      const { id, title, outlet, author, publishedAt, language, kind, reliability, notes, version } = source;
      const fields = { title, outlet, author, publishedAt, language, kind, reliability, notes, originId };
      if (report(await updateSourceAction({ ...fields, sourceId: id, version }), t("originAccepted"))) router.refresh();
    });
  }

  if (entities) {
    return (
      <SourceForm
        source={source}
        entities={entities}
        submit={(fields) =>
          updateSourceAction({ ...fields, title: fields.title ?? "", sourceId: source.id, version: source.version })
        }
        onSaved={() => {
          setEntities(null);
          setFeedback({ tone: "success", text: t("saved") });
          router.refresh();
        }}
        onCancel={() => setEntities(null)}
      />
    );
  }

  return (
    <header className="flex flex-col gap-3">
      <h1 id="source-heading" className="text-2xl font-semibold" dir="auto">
        {source.title}
      </h1>
      {source.url ? (
        <a
          href={source.url}
          target="_blank"
          rel="noopener noreferrer nofollow"
          className="inline-flex items-center gap-1 self-start text-sm break-all text-brand-800 hover:underline"
          dir="ltr"
        >
          <ExternalLink aria-hidden className="size-4 shrink-0" />
          <span className="sr-only">{t("openOriginal")}: </span>
          {source.url}
        </a>
      ) : (
        <p className="text-sm text-slate-600">{t("byHand")}</p>
      )}
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        {facts
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium text-slate-700">{label}</dt>
              <dd dir="auto">{value}</dd>
            </div>
          ))}
      </dl>
      {source.suggestedOrigin && (
        <div
          className="flex flex-wrap items-center gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm"
          data-testid="suggested-origin"
        >
          <span>
            {t("suggestedOrigin", { name: entityName(source.suggestedOrigin, locale) })}{" "}
            <q dir="auto" className="text-slate-700">
              {source.suggestedOrigin.cue}
            </q>
          </span>
          {canUpdate && (
            <Button variant="secondary" onClick={() => acceptOrigin(source.suggestedOrigin!.id)} disabled={pending}>
              {t("acceptOrigin")}
            </Button>
          )}
        </div>
      )}
      {source.url && (
        <CaptureStatus
          key={`${source.captureJob?.id}:${source.captureJob?.status}:${source.health}`}
          source={source}
          poll={sourceStatusAction}
        />
      )}
      {feedback && <Notice tone={feedback.tone}>{feedback.text}</Notice>}
      {canUpdate && (
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" onClick={edit} disabled={pending}>
            {t("edit")}
          </Button>
          {source.url && (
            <Button variant="secondary" onClick={captureAgain} disabled={pending}>
              {t("captureAgain")}
            </Button>
          )}
        </div>
      )}
    </header>
  );
}
