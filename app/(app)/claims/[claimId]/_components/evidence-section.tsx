"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { CaptureHealthBadge } from "@/components/sources/capture-health-badge";
import { EvidenceFields, readEvidenceFields } from "@/components/sources/evidence-fields";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import { entityName } from "@/lib/domain/entities/entity-name";
import { admiraltyGrade } from "@/lib/domain/sources/admiralty";
import { STANCES } from "@/lib/schemas/sources";
import type { EvidenceDto } from "@/lib/server/evidence/evidence-dto";
import { removeEvidenceAction, updateEvidenceAction } from "../actions";
import { AttachEvidence } from "./attach-evidence";

/** The claim's evidence grouped by stance, each citation editable and removable (versioned). */
export function EvidenceSection({
  claimId,
  evidence,
  canManage,
}: {
  claimId: string;
  evidence: EvidenceDto[];
  canManage: boolean;
}) {
  const t = useTranslations("evidence");
  const { feedback, setFeedback } = useActionFeedback();
  return (
    <section aria-labelledby="evidence-heading" className="flex flex-col gap-4" data-testid="evidence-section">
      <h2 id="evidence-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {feedback && <Notice tone={feedback.tone}>{feedback.text}</Notice>}
      <div className="grid gap-4 lg:grid-cols-3">
        {STANCES.map((stance) => {
          const items = evidence.filter((item) => item.stance === stance);
          return (
            <section
              key={stance}
              aria-labelledby={`stance-${stance}`}
              className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-3"
              data-testid={`evidence-${stance}`}
            >
              <h3 id={`stance-${stance}`} className="font-semibold">
                {t(`groups.${stance}`)} ({items.length})
              </h3>
              {items.length === 0 ? (
                <p className="text-sm text-slate-600">{t("none")}</p>
              ) : (
                <ul className="flex flex-col gap-3">
                  {items.map((item) => (
                    <EvidenceItem
                      key={item.id}
                      evidence={item}
                      canManage={canManage}
                      onMessage={(text) => setFeedback({ tone: "success", text })}
                    />
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
      {canManage && <AttachEvidence claimId={claimId} citedSourceIds={evidence.map((item) => item.source.id)} />}
    </section>
  );
}

function EvidenceItem({
  evidence,
  canManage,
  onMessage,
}: {
  evidence: EvidenceDto;
  canManage: boolean;
  onMessage(text: string): void;
}) {
  const t = useTranslations("evidence");
  const locale = useLocale();
  const ts = useTranslations("sources");
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [pending, startTransition] = useTransition();
  const { feedback, report } = useActionFeedback();
  const grade = admiraltyGrade(evidence.source.reliability, evidence.credibility);

  function remove() {
    if (!window.confirm(t("confirmRemove"))) return;
    startTransition(async () => {
      if (report(await removeEvidenceAction({ evidenceId: evidence.id, version: evidence.version }), t("removed"))) {
        onMessage(t("removed"));
        router.refresh();
      }
    });
  }

  return (
    <li
      className="flex flex-col gap-1 border-t border-slate-100 pt-2 text-sm first:border-t-0 first:pt-0"
      data-testid="evidence-item"
    >
      <Link href={`/sources/${evidence.source.id}`} className="font-medium text-brand-800 hover:underline" dir="auto">
        {evidence.source.title}
      </Link>
      <p className="flex flex-wrap items-center gap-1.5 text-xs text-slate-700">
        <span dir="auto">
          {[evidence.source.outlet, evidence.source.origin && entityName(evidence.source.origin, locale)]
            .filter(Boolean)
            .join(" · ")}
        </span>
        {grade && <span className="rounded bg-slate-100 px-1.5 py-0.5 font-mono">{t("grade", { grade })}</span>}
        {evidence.source.url && <CaptureHealthBadge capture={evidence.capture} />}
        <span className="sr-only">{ts(`kinds.${evidence.source.kind}`)}</span>
      </p>
      {evidence.passage && (
        <blockquote className="border-s-2 border-slate-300 ps-2 text-slate-800" dir="auto">
          {evidence.passage}
        </blockquote>
      )}
      {evidence.note && (
        <p className="text-slate-700" dir="auto">
          {evidence.note}
        </p>
      )}
      {editing ? (
        <form
          className="grid gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            const fields = readEvidenceFields(new FormData(event.currentTarget));
            startTransition(async () => {
              if (
                report(
                  await updateEvidenceAction({ ...fields, evidenceId: evidence.id, version: evidence.version }),
                  t("updated"),
                )
              ) {
                setEditing(false);
                onMessage(t("updated"));
                router.refresh();
              }
            });
          }}
        >
          <EvidenceFields evidence={evidence} />
          <div className="flex gap-2">
            <Button type="submit" disabled={pending}>
              {t("save")}
            </Button>
            <Button variant="ghost" onClick={() => setEditing(false)}>
              {t("cancel")}
            </Button>
          </div>
        </form>
      ) : (
        canManage && (
          <div className="flex gap-1">
            <Button
              variant="ghost"
              onClick={() => setEditing(true)}
              aria-label={`${t("edit")}: ${evidence.source.title}`}
            >
              {t("edit")}
            </Button>
            <Button
              variant="ghost"
              onClick={remove}
              disabled={pending}
              aria-label={`${t("remove")}: ${evidence.source.title}`}
            >
              {t("remove")}
            </Button>
          </div>
        )
      )}
      {feedback?.tone === "error" && <Notice tone="error">{feedback.text}</Notice>}
    </li>
  );
}
