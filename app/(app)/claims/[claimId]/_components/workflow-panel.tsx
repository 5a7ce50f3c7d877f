"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextAreaField } from "@/components/ui/text-area-field";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import { labelName } from "@/lib/domain/ratings/rating-scale";
import type { WorkflowAction } from "@/lib/domain/workflow/claim-workflow";
import type { ClaimDto } from "@/lib/server/claims/claim-dto";
import type { ClaimDetailDto } from "@/lib/server/claims/get-claim";
import { transitionClaimAction } from "../actions";

const PRIMARY: readonly WorkflowAction[] = ["submit", "approve", "publish"];
/** Steps whose note is required: it tells the readers or the editors why. */
const NOTE_REQUIRED = ["requestChanges", "correct", "withdraw", "retract"] as const satisfies WorkflowAction[];
type NoteRequiredAction = (typeof NOTE_REQUIRED)[number];

function isNoteRequired(action: WorkflowAction): action is NoteRequiredAction {
  return (NOTE_REQUIRED as readonly WorkflowAction[]).includes(action);
}

/**
 * Where the claim stands and the steps this person may take now (the state machine decided
 * which, on the server). Each step asks for a note; some require one.
 */
export function WorkflowPanel({
  claim,
  actions,
  fourEyesBlocked,
  publications,
  onChanged,
}: {
  /** Approve/Publish is not offered because this person changed the verdict last: say so. */
  fourEyesBlocked: boolean;
  claim: ClaimDto;
  onChanged(claim: ClaimDto): void;
  actions: WorkflowAction[];
  publications: ClaimDetailDto["publications"];
}) {
  const t = useTranslations("workflow");
  const tStatus = useTranslations("claims.status");
  const format = useFormatter();
  const router = useRouter();
  const [chosen, setChosen] = useState<WorkflowAction | null>(null);
  const [pending, startTransition] = useTransition();
  const { feedback, report } = useActionFeedback();
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
  const correcting = claim.publishedVersion > 0 && !["PUBLISHED", "CORRECTED", "RETRACTED"].includes(claim.status);

  function confirm(form: FormData) {
    if (!chosen) return;
    const note = String(form.get("note") ?? "");
    startTransition(async () => {
      const result = await transitionClaimAction({
        claimId: claim.id,
        version: claim.version,
        action: chosen,
        note,
      });
      const done = chosen === "publish" && claim.publishedVersion > 0 ? "publishCorrection" : chosen;
      if (report(result, t(`done.${done}`))) {
        setChosen(null);
        onChanged(result.data);
        router.refresh();
      }
    });
  }

  return (
    <section
      aria-labelledby="workflow-heading"
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
      data-testid="workflow-panel"
    >
      <h2 id="workflow-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-medium">{t("status")}:</span>
        <span
          className="rounded bg-slate-100 px-1.5 py-0.5 font-semibold"
          data-testid="claim-status"
          data-status={claim.status}
        >
          {tStatus(claim.status)}
        </span>
      </p>
      <ul className="text-xs text-slate-600">
        {claim.submittedAt && <li>{t("submittedAt", { date: when(claim.submittedAt) })}</li>}
        {claim.reviewedBy && <li>{t("reviewedBy", { name: claim.reviewedBy.name })}</li>}
        {claim.publishedAt && <li>{t("publishedAt", { date: when(claim.publishedAt) })}</li>}
      </ul>
      {claim.retractedAt && (
        <p className="rounded border-s-4 border-red-600 bg-red-50 px-2 py-1 text-sm" data-testid="retraction">
          <span className="font-semibold">{t("retractedOn", { date: when(claim.retractedAt) })}</span>{" "}
          <span dir="auto">{claim.retractionNote}</span>
        </p>
      )}
      {correcting && (
        <div
          className="rounded border-s-4 border-amber-500 bg-amber-50 px-2 py-1 text-sm"
          data-testid="correction-draft"
        >
          <p className="font-semibold">{t("correctionDraft", { number: claim.publishedVersion })}</p>
          {claim.correctionNote && (
            <p>
              {t("correctionReason")} <span dir="auto">{claim.correctionNote}</span>
            </p>
          )}
        </div>
      )}
      {publications.length > 0 && <PublishedVersions publications={publications} when={when} />}
      {actions.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noActions")}</p>
      ) : chosen ? (
        <form
          className="grid gap-3 sm:grid-cols-2"
          onSubmit={(event) => {
            event.preventDefault();
            confirm(new FormData(event.currentTarget));
          }}
        >
          <h3 className="font-semibold sm:col-span-2">{t(`actions.${chosen}`)}</h3>
          <TextAreaField
            label={t("note")}
            hint={t(`noteHint.${isNoteRequired(chosen) ? chosen : "default"}`)}
            name="note"
            rows={3}
            dir="auto"
            required={isNoteRequired(chosen)}
            className="sm:col-span-2"
          />
          <div className="flex gap-2 sm:col-span-2">
            <Button type="submit" disabled={pending}>
              {t("confirm")}
            </Button>
            <Button variant="ghost" onClick={() => setChosen(null)}>
              {t("cancel")}
            </Button>
          </div>
        </form>
      ) : (
        <div className="flex flex-wrap gap-2">
          {actions.map((action) => (
            <Button
              key={action}
              variant={PRIMARY.includes(action) ? "primary" : "secondary"}
              onClick={() => setChosen(action)}
            >
              {t(`actions.${action}`)}
            </Button>
          ))}
        </div>
      )}
      {fourEyesBlocked && !chosen && <p className="text-sm text-slate-600">{t("fourEyes")}</p>}
      {feedback && <Notice tone={feedback.tone}>{feedback.text}</Notice>}
    </section>
  );
}

/** The public record of this claim, version by version, with the verdict each version carried. */
function PublishedVersions({
  publications,
  when,
}: {
  publications: ClaimDetailDto["publications"];
  when(iso: string): string;
}) {
  const t = useTranslations("workflow");
  const locale = useLocale();
  return (
    <div className="flex flex-col gap-1">
      <h3 className="text-sm font-semibold">{t("publishedVersions")}</h3>
      <ol className="flex flex-col gap-1 text-sm" data-testid="published-versions">
        {publications.map((publication) => (
          <li key={publication.number} className="rounded border-s-4 border-slate-300 bg-slate-50 px-2 py-1">
            <p className="text-xs text-slate-600">
              {t("versionLine", { number: publication.number, date: when(publication.publishedAt) })}
              {publication.publishedBy && (
                <>
                  {" · "}
                  <bdi>{publication.publishedBy}</bdi>
                </>
              )}
            </p>
            {publication.verdict && (
              // As VerdictBadge: the colour beside the name, never the text's background (contrast).
              <span className="me-2 inline-flex items-center gap-1.5 rounded border border-slate-300 bg-white px-1.5 py-0.5 text-xs font-semibold text-slate-900">
                <span
                  aria-hidden
                  className="inline-block size-2.5 rounded-full"
                  style={{ backgroundColor: publication.verdict.color }}
                />
                {labelName(publication.verdict, locale)}
              </span>
            )}
            {publication.correctionNote && <span dir="auto">{publication.correctionNote}</span>}
          </li>
        ))}
      </ol>
    </div>
  );
}
