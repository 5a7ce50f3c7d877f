"use client";

import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import { emptyDetails } from "@/lib/domain/claims/claim-details";
import { labelName } from "@/lib/domain/ratings/rating-scale";
import type { ClaimSuggestion } from "@/lib/domain/claims/claim-suggestions";
import type { ClaimDto } from "@/lib/server/claims/claim-dto";
import { createClaimAction, createEntityAction, dismissSuggestionAction, suggestClaimsAction } from "../actions";
import { CheckingStatus } from "./checking-status";
import { suggestionKey, useCheckedMatches } from "./use-checked-matches";

/**
 * "Suggest claims": checkable sentences and clauses with a guessed type and claimant, the most
 * checkable first, to accept, edit or dismiss. A claimant named in the text but not yet an entity
 * can be created on accepting (the claim editor's inline creation). Which of them the team already
 * checked elsewhere fills in batch by batch.
 */
export function SuggestionsPanel({
  articleId,
  language,
  direction,
  canCreateEntities,
  onAccepted,
}: {
  articleId: string;
  language: string;
  direction: "rtl" | "ltr";
  canCreateEntities: boolean;
  onAccepted(claim: ClaimDto, edit: boolean): void;
}) {
  const t = useTranslations("suggestions");
  const tClaims = useTranslations("claims");
  const tSame = useTranslations("sameClaim");
  const tKinds = useTranslations("entities.kinds");
  const tClaimPage = useTranslations("claimPage");
  const locale = useLocale();
  const [state, setState] = useState<{ revisionId: string; suggestions: ClaimSuggestion[] } | null>(null);
  // Not useTransition: React batches pending transitions together, so the "already checked" requests
  // running in the background would hold `pending` and keep the buttons disabled until they finish.
  const [pending, setPending] = useState(false);
  const { feedback, report } = useActionFeedback();
  const checking = useCheckedMatches(articleId);
  const [hideLessCheckable, setHideLessCheckable] = useState(false);
  // Suggestions whose new claimant should not become an entity on accepting (the box unticked).
  const [keepUnlinked, setKeepUnlinked] = useState<Set<string>>(() => new Set());
  // Stable sort: the most checkable first, in reading order among equals.
  const ranked = useMemo(
    () =>
      (state?.suggestions ?? [])
        .map((suggestion, position) => ({ suggestion, position }))
        .sort((a, b) => b.suggestion.score - a.suggestion.score || a.position - b.position)
        .map((entry) => entry.suggestion),
    [state],
  );
  const shown = hideLessCheckable ? ranked.filter((suggestion) => !suggestion.lessCheckable) : ranked;

  async function busy(work: () => Promise<void>) {
    setPending(true);
    try {
      await work();
    } catch {
      report({ ok: false, code: "UNEXPECTED" }, ""); // the request itself failed (network)
    } finally {
      setPending(false);
    }
  }

  function load() {
    checking.stop();
    void busy(async () => {
      const result = await suggestClaimsAction({ articleId });
      if (result.ok) {
        setState(result.data);
        checking.start(result.data.suggestions);
      } else report(result, "");
    });
  }

  function remove(suggestion: ClaimSuggestion) {
    setState((current) => current && { ...current, suggestions: current.suggestions.filter((s) => s !== suggestion) });
  }

  /** Creates the claimant named in the text as an entity, and links every suggestion naming it. */
  async function createClaimant(suggestion: ClaimSuggestion): Promise<string | null> {
    const claimant = suggestion.claimant!;
    const created = await createEntityAction({
      name: claimant.name,
      kind: claimant.kind ?? "PERSON",
      aliases: [],
      sameAs: [],
    });
    if (!report(created, t("entityCreated", { name: claimant.name })) || !created.ok) return null;
    const linked = { entityId: created.data.id, name: created.data.name };
    setState(
      (current) =>
        current && {
          ...current,
          suggestions: current.suggestions.map((s) =>
            s.claimant?.isNew && s.claimant.name === claimant.name ? { ...s, claimant: linked } : s,
          ),
        },
    );
    return created.data.id;
  }

  function accept(suggestion: ClaimSuggestion, edit: boolean) {
    if (!state) return;
    void busy(async () => {
      let claimantId = suggestion.claimant?.entityId ?? null;
      if (offersEntity(suggestion) && !keepUnlinked.has(suggestionKey(suggestion))) {
        claimantId = await createClaimant(suggestion);
        if (!claimantId) return;
      }
      const result = await createClaimAction({
        articleId,
        revisionId: state.revisionId,
        start: suggestion.start,
        end: suggestion.end,
        details: emptyDetails(suggestion.type),
        claimantId,
        reportedViaId: suggestion.reportedVia?.entityId ?? null,
      });
      if (report(result, t("accepted")) && result.ok) {
        remove(suggestion);
        onAccepted(result.data, edit);
      }
    });
  }

  function offersEntity(suggestion: ClaimSuggestion): boolean {
    return canCreateEntities && !!suggestion.claimant?.isNew && !suggestion.claimant.entityId;
  }

  function dismiss(suggestion: ClaimSuggestion) {
    void busy(async () => {
      const result = await dismissSuggestionAction({ articleId, start: suggestion.start, end: suggestion.end });
      if (report(result, t("dismissed"))) remove(suggestion);
    });
  }

  return (
    <section
      aria-labelledby="suggestions-heading"
      className="rounded-lg border border-slate-200 bg-white"
      data-testid="suggestions"
    >
      <div className="flex items-center justify-between gap-2 border-b border-slate-200 px-4 py-3">
        <h2 id="suggestions-heading" className="text-lg font-semibold">
          {state ? t("titleWithCount", { count: state.suggestions.length }) : t("title")}
        </h2>
        <Button variant="secondary" onClick={load} disabled={pending} aria-busy={pending}>
          {pending && !state ? t("working") : state ? t("refresh") : t("suggest")}
        </Button>
      </div>
      {feedback && (
        <div className="px-4 pt-3">
          <Notice tone={feedback.tone}>{feedback.text}</Notice>
        </div>
      )}
      {checking.progress && (
        <CheckingStatus progress={checking.progress} found={checking.matches.size} onRetry={checking.retry} />
      )}
      {state && state.suggestions.length > 0 && (
        <div className="flex items-center gap-2 border-b border-slate-100 px-4 py-2 text-sm text-slate-800">
          <button
            type="button"
            role="switch"
            aria-checked={hideLessCheckable}
            aria-labelledby="hide-less-checkable-label"
            onClick={() => setHideLessCheckable((value) => !value)}
            className={`relative inline-flex h-5 w-9 shrink-0 items-center rounded-full transition-colors focus-visible:ring-2 focus-visible:ring-brand-700 focus-visible:outline-none ${hideLessCheckable ? "bg-brand-600" : "bg-slate-300"}`}
            data-testid="hide-less-checkable"
          >
            <span
              aria-hidden="true"
              className={`inline-block h-4 w-4 rounded-full bg-white shadow transition-transform ${hideLessCheckable ? "translate-x-4 rtl:-translate-x-4" : "translate-x-0.5 rtl:-translate-x-0.5"}`}
            />
          </button>
          <span id="hide-less-checkable-label">{t("hideLessCheckable")}</span>
          {hideLessCheckable && (
            <span className="text-xs text-slate-600">{t("hiddenCount", { count: ranked.length - shown.length })}</span>
          )}
        </div>
      )}
      {state && shown.length === 0 && <p className="px-4 py-3 text-sm text-slate-600">{t("none")}</p>}
      {state && shown.length > 0 && (
        <ol className="divide-y divide-slate-100">
          {shown.map((suggestion) => {
            const checked = checking.matches.get(suggestionKey(suggestion));
            const key = suggestionKey(suggestion);
            return (
              <li
                key={key}
                className="flex flex-col gap-2 px-4 py-3"
                data-testid="suggestion"
                data-less-checkable={suggestion.lessCheckable ? "true" : undefined}
              >
                <p lang={language} dir={direction} className="text-slate-900">
                  {suggestion.quote}
                </p>
                <p className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-700">
                  <span
                    className="rounded bg-brand-50 px-1.5 py-0.5 font-medium text-brand-900"
                    data-testid="suggestion-type"
                  >
                    {tClaims(`type.${suggestion.type}`)}
                  </span>
                  {suggestion.claimant && (
                    <span data-testid="suggestion-claimant" dir="auto">
                      {tClaims("by", { name: suggestion.claimant.name })}
                      {suggestion.claimant.isNew && !suggestion.claimant.entityId && ` · ${t("newSpeaker")}`}
                    </span>
                  )}
                  {suggestion.lessCheckable && <span className="text-slate-500">{t("lessCheckable")}</span>}
                  {suggestion.reportedVia && <span>{tClaims("via", { name: suggestion.reportedVia.name })}</span>}
                </p>
                {checked && (
                  <p
                    className="flex flex-col gap-0.5 rounded-md bg-sky-50 px-2 py-1 text-xs text-sky-950"
                    data-testid="suggestion-checked"
                  >
                    <span className="font-semibold">
                      {tSame("checkedElsewhere", { verdict: labelName(checked.verdict, locale) })}
                    </span>
                    <Link href={`/claims/${checked.claimId}`} dir="auto" className="text-brand-800 hover:underline">
                      {checked.statement}
                    </Link>
                    <span dir="auto">{tSame("seenElsewhere", { article: checked.articleTitle })}</span>
                    <span data-testid="likeness-reasons">
                      {checked.reasons
                        .map((reason) => tClaimPage(`likeness.${reason}`))
                        .join(tClaimPage("likenessSeparator"))}
                    </span>
                  </p>
                )}
                {offersEntity(suggestion) && (
                  <label className="flex items-center gap-2 text-sm text-slate-800">
                    <input
                      type="checkbox"
                      checked={!keepUnlinked.has(key)}
                      onChange={(event) =>
                        setKeepUnlinked((current) => {
                          const next = new Set(current);
                          if (event.target.checked) next.delete(key);
                          else next.add(key);
                          return next;
                        })
                      }
                      data-testid="suggestion-create-entity"
                    />
                    <span dir="auto">
                      {t("createEntity", {
                        name: suggestion.claimant!.name,
                        kind: tKinds(suggestion.claimant!.kind ?? "PERSON"),
                      })}
                    </span>
                  </label>
                )}
                <div className="flex flex-wrap gap-2">
                  <Button
                    onClick={() => accept(suggestion, false)}
                    disabled={pending}
                    aria-label={t("acceptLabel", { quote: shorten(suggestion.quote) })}
                  >
                    {t("accept")}
                  </Button>
                  <Button
                    variant="secondary"
                    onClick={() => accept(suggestion, true)}
                    disabled={pending}
                    aria-label={t("editLabel", { quote: shorten(suggestion.quote) })}
                  >
                    {t("edit")}
                  </Button>
                  <Button
                    variant="ghost"
                    onClick={() => dismiss(suggestion)}
                    disabled={pending}
                    aria-label={t("dismissLabel", { quote: shorten(suggestion.quote) })}
                  >
                    {t("dismiss")}
                  </Button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
