"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { ClaimMatch } from "@/lib/server/claims/find-claims";
import { attachEvidenceAction, findClaimsAction } from "../../actions";
import { EvidenceFields, readEvidenceFields } from "@/components/sources/evidence-fields";
import { Notice } from "@/components/ui/notice";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import { writtenIn } from "@/lib/domain/text/written-in";

/** From the source's page: find a claim by its words and cite this source for it. */
export function CiteForClaim({ sourceId }: { sourceId: string }) {
  const t = useTranslations("sources");
  const te = useTranslations("evidence");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [matches, setMatches] = useState<ClaimMatch[] | null>(null);
  const [claim, setClaim] = useState<ClaimMatch | null>(null);
  const [pending, startTransition] = useTransition();
  const { feedback, report } = useActionFeedback();

  if (!open) {
    return (
      <div>
        <Button variant="secondary" onClick={() => setOpen(true)}>
          {t("attachToClaim")}
        </Button>
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4" data-testid="cite-for-claim">
      <form
        role="search"
        className="flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          const query = String(new FormData(event.currentTarget).get("query") ?? "");
          startTransition(async () => {
            const result = await findClaimsAction({ query });
            setMatches(result.ok ? result.data : []);
          });
        }}
      >
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t("findClaim")}
          <input
            name="query"
            type="search"
            dir="auto"
            className="rounded-md border border-slate-400 bg-white px-3 py-2 font-normal"
          />
        </label>
        <Button type="submit" variant="secondary" disabled={pending}>
          {t("searchButton")}
        </Button>
      </form>
      {claim ? (
        <p className="text-sm">
          <span {...writtenIn(claim.statement, claim.language)}>{claim.statement}</span>{" "}
          <Button variant="ghost" onClick={() => setClaim(null)}>
            {te("change")}
          </Button>
        </p>
      ) : (
        matches && (
          <ul
            aria-label={t("claimResults")}
            className="flex flex-col divide-y divide-slate-100 rounded border border-slate-200"
          >
            {matches.length === 0 && <li className="px-3 py-2 text-sm text-slate-600">{t("noClaimFound")}</li>}
            {matches.map((match) => (
              <li key={match.id} className="flex items-center gap-2 px-3 py-2 text-sm">
                <span {...writtenIn(match.statement, match.language)} className="flex-1">
                  {match.statement}
                </span>
                <Button
                  variant="secondary"
                  onClick={() => setClaim(match)}
                  aria-label={`${te("chooseSource")}: ${match.statement.slice(0, 60)}`}
                >
                  {te("chooseSource")}
                </Button>
              </li>
            ))}
          </ul>
        )
      )}
      {claim && (
        <form
          className="grid gap-3 sm:grid-cols-2"
          onSubmit={(event) => {
            event.preventDefault();
            const fields = readEvidenceFields(new FormData(event.currentTarget));
            startTransition(async () => {
              if (report(await attachEvidenceAction({ ...fields, claimId: claim.id, sourceId }), te("attached"))) {
                setClaim(null);
                setMatches(null);
                router.refresh();
              }
            });
          }}
        >
          <EvidenceFields />
          <div className="flex gap-2 sm:col-span-2">
            <Button type="submit" disabled={pending}>
              {te("save")}
            </Button>
            <Button variant="ghost" onClick={() => setOpen(false)}>
              {te("cancel")}
            </Button>
          </div>
        </form>
      )}
      {feedback && <Notice tone={feedback.tone}>{feedback.text}</Notice>}
    </div>
  );
}
