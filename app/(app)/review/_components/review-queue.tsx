"use client";

import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { VerdictBadge } from "@/components/claims/verdict-badge";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { blockedByFourEyes } from "@/lib/domain/workflow/claim-workflow";
import type { BULK_ACTIONS } from "@/lib/schemas/ratings";
import type { QueueItem } from "@/lib/server/claims/list-review-queue";
import { bulkTransitionAction } from "../actions";
import { writtenIn } from "@/lib/domain/text/written-in";

type BulkAction = (typeof BULK_ACTIONS)[number];

/**
 * A page of the queue with checkboxes: an editor approves, publishes or sends back many claims
 * at once, all or nothing. `now` is the server's, so waiting times read the same on both sides.
 */
export function ReviewQueue({
  queue,
  canBulk,
  userId,
  now,
}: {
  queue: QueueItem[];
  canBulk: boolean;
  userId: string;
  now: string;
}) {
  const t = useTranslations("review");
  const tClaims = useTranslations("claims");
  const tErrors = useTranslations("errors");
  const tAnchors = useTranslations("anchors");
  const format = useFormatter();
  const locale = useLocale();
  const router = useRouter();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [note, setNote] = useState("");
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{
    tone: "success" | "error";
    text: string;
    failures?: { claimId: string; reason: string }[];
  } | null>(null);

  if (queue.length === 0) return <p className="text-slate-600">{t("empty")}</p>;

  const toggle = (id: string) =>
    setSelected(
      (current) => new Set(current.has(id) ? [...current].filter((entry) => entry !== id) : [...current, id]),
    );
  // Four eyes: Approve is not offered for a selection holding a verdict this person changed last.
  const ownVerdicts = queue.filter(
    (item) =>
      selected.has(item.claim.id) &&
      blockedByFourEyes("approve", { status: item.claim.status, ratedById: item.claim.ratedBy?.id ?? null }, userId),
  ).length;
  const statementOf = (id: string) => queue.find((item) => item.claim.id === id)?.claim.statement ?? id;

  function run(action: BulkAction) {
    const claims = queue
      .filter((item) => selected.has(item.claim.id))
      .map((item) => ({ claimId: item.claim.id, version: item.claim.version }));
    startTransition(async () => {
      const result = await bulkTransitionAction({ claims, action, note });
      if (result.ok) {
        setMessage({ tone: "success", text: t("bulkDone", { count: result.data.count }) });
        setSelected(new Set());
        setNote("");
        router.refresh();
        return;
      }
      const reason = typeof result.details?.reason === "string" ? result.details.reason : result.code;
      setMessage({
        tone: "error",
        text: tErrors.has(reason as never) ? tErrors(reason as never) : tErrors(result.code),
        failures: result.details?.failures as { claimId: string; reason: string }[] | undefined,
      });
    });
  }

  return (
    <div className="flex flex-col gap-3">
      {canBulk && (
        <div
          className="flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-3"
          data-testid="bulk-bar"
        >
          <span className="text-sm font-medium" aria-live="polite">
            {t("selected", { count: selected.size })}
          </span>
          <label className="flex flex-col gap-1 text-sm font-medium">
            {t("bulkNote")}
            <input
              value={note}
              onChange={(event) => setNote(event.target.value)}
              dir="auto"
              className="rounded-md border border-slate-400 px-2 py-1.5 font-normal"
            />
          </label>
          <Button disabled={pending || selected.size === 0 || ownVerdicts > 0} onClick={() => run("approve")}>
            {t("bulkApprove")}
          </Button>
          <Button variant="secondary" disabled={pending || selected.size === 0} onClick={() => run("requestChanges")}>
            {t("bulkRequestChanges")}
          </Button>
          {ownVerdicts > 0 && (
            <p className="basis-full text-sm text-slate-700" data-testid="bulk-four-eyes">
              {t("bulkFourEyes", { count: ownVerdicts })}
            </p>
          )}
        </div>
      )}
      {message && (
        <Notice tone={message.tone}>
          {message.text}
          {message.failures && (
            <span className="mt-1 block">
              {t("bulkFailures")}{" "}
              {message.failures
                .map(
                  (failure) =>
                    `${statementOf(failure.claimId).slice(0, 60)} — ${tErrors.has(failure.reason as never) ? tErrors(failure.reason as never) : failure.reason}`,
                )
                .join("; ")}
            </span>
          )}
        </Notice>
      )}
      <table className="w-full border-collapse overflow-hidden rounded-lg bg-white text-sm" data-testid="review-queue">
        <thead className="bg-slate-100">
          <tr>
            {canBulk && (
              <th scope="col" className="w-10 px-3 py-2">
                <input
                  type="checkbox"
                  aria-label={t("selectAll")}
                  checked={selected.size === queue.length}
                  onChange={(event) =>
                    setSelected(new Set(event.target.checked ? queue.map((item) => item.claim.id) : []))
                  }
                />
              </th>
            )}
            <th scope="col" className="px-3 py-2 text-start">
              {tClaims("statement")}
            </th>
            <th scope="col" className="px-3 py-2 text-start">
              {t("verdict")}
            </th>
            <th scope="col" className="px-3 py-2 text-start">
              {t("article")}
            </th>
          </tr>
        </thead>
        <tbody>
          {queue.map(({ claim, article }) => (
            <tr key={claim.id} className="border-t border-slate-100 align-top">
              {canBulk && (
                <td className="px-3 py-2">
                  <input
                    type="checkbox"
                    checked={selected.has(claim.id)}
                    onChange={() => toggle(claim.id)}
                    aria-label={t("select", { statement: claim.statement.slice(0, 80) })}
                  />
                </td>
              )}
              <th scope="row" className="px-3 py-2 text-start font-normal">
                <Link
                  href={`/claims/${claim.id}`}
                  {...writtenIn(claim.statement, article.language)}
                  className="font-medium text-brand-800 hover:underline"
                >
                  {claim.statement}
                </Link>
                <p className="text-xs text-slate-600">
                  {tClaims(`type.${claim.type}`)}
                  {claim.submittedAt &&
                    ` · ${t("waiting", { date: format.relativeTime(new Date(claim.submittedAt), new Date(now)) })}`}
                  {claim.ratedBy && ` · ${t("submittedBy", { name: claim.ratedBy.name })}`}
                </p>
                {claim.anchorBlocked && (
                  <p className="mt-1 text-xs font-medium text-amber-900" data-testid="queue-anchor-lost">
                    {tAnchors("blocksShort")}
                  </p>
                )}
              </th>
              <td className="px-3 py-2">
                {claim.verdict ? <VerdictBadge verdict={claim.verdict} locale={locale} /> : "—"}
              </td>
              <td className="px-3 py-2" dir="auto">
                {article.title}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
