"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextAreaField } from "@/components/ui/text-area-field";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import type { Role } from "@/lib/auth/permissions";
import type { ClaimHighlight } from "@/lib/domain/claims/claim-highlights";
import { anchorBlocksPublication, canAcknowledgeAnchor, canReanchor } from "@/lib/domain/workflow/claim-workflow";
import type { ClaimDto } from "@/lib/server/claims/claim-dto";
import { acknowledgeClaimAnchorAction, reanchorClaimAction } from "../actions";

/**
 * Where the open claim stands in the current text, and the two ways to mend a quote a
 * correction changed or removed: re-anchor it on a selection, or acknowledge (with a note)
 * that it is no longer in the text. Shown when there is something to say or to do.
 */
export function AnchorPanel({
  claim,
  highlight,
  role,
  revisionId,
  language,
  direction,
  selection,
  onChanged,
}: {
  claim: ClaimDto;
  highlight: ClaimHighlight;
  role: Role;
  revisionId: string;
  language: string;
  direction: "rtl" | "ltr";
  /** The span selected in the reader, if any. */
  selection(): { start: number; end: number } | null;
  onChanged(): void;
}) {
  const t = useTranslations("anchors");
  const format = useFormatter();
  const [pending, startTransition] = useTransition();
  const { feedback, setFeedback, report } = useActionFeedback();
  const mayReanchor = canReanchor(claim.status, claim.anchorStatus, role).ok;
  const mayAcknowledge = canAcknowledgeAnchor(claim.status, claim.anchorStatus, role).ok;
  // Nothing to say or do; kept while it reports what was just done (a re-anchored claim lands here).
  if (claim.anchorStatus === "ANCHORED" && highlight.shown && !mayReanchor && !feedback) return null;

  const state = !highlight.shown
    ? claim.anchorStatus === "ORPHANED"
      ? "orphaned"
      : "notHighlighted"
    : claim.anchorStatus === "FUZZY"
      ? "fuzzy"
      : claim.anchorStatus === "MOVED"
        ? "moved"
        : "anchored";

  function reanchor() {
    const span = selection();
    if (!span) {
      setFeedback({ tone: "error", text: t("selectFirst") });
      return;
    }
    startTransition(async () => {
      const result = await reanchorClaimAction({ claimId: claim.id, version: claim.version, revisionId, ...span });
      if (report(result, t("reanchored"))) {
        window.getSelection()?.removeAllRanges();
        onChanged();
      }
    });
  }

  function acknowledge(form: HTMLFormElement) {
    const note = String(new FormData(form).get("note") ?? "");
    startTransition(async () => {
      const result = await acknowledgeClaimAnchorAction({ claimId: claim.id, version: claim.version, note });
      if (report(result, t("acknowledged"))) onChanged();
    });
  }

  return (
    <section
      aria-labelledby="anchor-heading"
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
      data-testid="anchor-panel"
      data-anchor-status={claim.anchorStatus}
    >
      <h2 id="anchor-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm" data-testid="anchor-state">
        {t(`state.${state}`)}
      </p>
      {!highlight.shown && (
        <figure className="flex flex-col gap-1">
          <figcaption className="text-xs font-medium text-slate-700">{t("lastFound")}</figcaption>
          <blockquote
            lang={language}
            dir={direction}
            className="border-s-4 border-red-300 bg-red-50 px-3 py-2 text-sm"
            data-testid="anchor-stored-quote"
          >
            {claim.exact}
          </blockquote>
        </figure>
      )}
      {claim.anchorAcknowledgement && (
        <p className="rounded border-s-4 border-slate-400 bg-slate-50 px-2 py-1 text-sm" data-testid="anchor-ack">
          <span className="font-medium">
            {t("acknowledgedBy", {
              name: claim.anchorAcknowledgement.by?.name ?? t("someone"),
              date: format.dateTime(new Date(claim.anchorAcknowledgement.at), { dateStyle: "medium" }),
            })}
          </span>{" "}
          <span dir="auto">{claim.anchorAcknowledgement.note}</span>
        </p>
      )}
      {anchorBlocksPublication(claim) && <Notice tone="warning">{t("blocksPublication")}</Notice>}
      {mayReanchor && (
        <div className="flex flex-col gap-2">
          <p className="text-sm text-slate-700">{t("reanchorHint")}</p>
          <Button
            variant={claim.anchorStatus === "ANCHORED" ? "secondary" : "primary"}
            className="self-start"
            onClick={reanchor}
            disabled={pending}
            data-testid="reanchor-claim"
          >
            {t("reanchor")}
          </Button>
        </div>
      )}
      {mayAcknowledge && !claim.anchorAcknowledgement && (
        <form
          className="flex flex-col gap-2 border-t border-slate-100 pt-3"
          onSubmit={(event) => {
            // Not a form action: React would reset the note when the server refuses it.
            event.preventDefault();
            acknowledge(event.currentTarget);
          }}
        >
          <TextAreaField
            label={t("noteLabel")}
            hint={t("noteHint")}
            name="note"
            rows={3}
            dir="auto"
            required
            maxLength={2000}
          />
          <Button type="submit" variant="secondary" className="self-start" disabled={pending}>
            {t("acknowledge")}
          </Button>
        </form>
      )}
      {feedback && <Notice tone={feedback.tone}>{feedback.text}</Notice>}
    </section>
  );
}
