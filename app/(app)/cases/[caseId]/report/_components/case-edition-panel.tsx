"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { CopyField } from "@/components/ui/copy-field";
import { Notice } from "@/components/ui/notice";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import type { CaseEditionState } from "@/lib/server/cases/case-edition-state";
import type { CaseLinkDto } from "@/lib/server/cases/case-links";
import { createCaseLinkAction, publishCaseEditionAction, revokeCaseLinkAction } from "../actions";

/**
 * The case's public edition: what its links show (published by an editor, frozen until the next
 * edition), what publishing now would change, and the links themselves.
 */
export function CaseEditionPanel({
  caseId,
  edition,
  links,
  canPublish,
  publicBaseUrl,
}: {
  caseId: string;
  edition: CaseEditionState;
  links: CaseLinkDto[];
  canPublish: boolean;
  publicBaseUrl: string;
}) {
  const t = useTranslations("caseReport");
  const tEmbeds = useTranslations("embeds");
  const format = useFormatter();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const { feedback, report } = useActionFeedback();
  const { changes, published } = edition;
  const changed = changes.titleChanged || changes.summaryChanged || changes.added > 0 || changes.removed > 0;
  const live = links.filter((link) => !link.revokedAt);
  const run = (action: () => Promise<boolean>) =>
    startTransition(async () => {
      if (await action()) router.refresh();
    });

  return (
    <section
      aria-labelledby="case-edition"
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
      data-testid="case-edition"
    >
      <h2 id="case-edition" className="text-lg font-semibold">
        {t("editionTitle")}
      </h2>
      <p className="text-sm text-slate-600">{t("editionHint")}</p>
      <p className="text-sm" data-testid="edition-status">
        {published
          ? t("publishedEdition", {
              count: published.claimCount,
              date: format.dateTime(new Date(published.publishedAt), { dateStyle: "medium", timeStyle: "short" }),
              name: published.publishedBy ?? "—",
            })
          : t("noEdition")}
      </p>
      {changed ? (
        <div className="flex flex-col gap-1 text-sm" data-testid="edition-changes">
          <p className="font-medium">{t("pendingChanges")}</p>
          <ul className="list-disc ps-5">
            {changes.titleChanged && published && <li>{t("changes.title")}</li>}
            {changes.summaryChanged && published && <li>{t("changes.summary")}</li>}
            {changes.added > 0 && <li>{t("changes.added", { count: changes.added })}</li>}
            {changes.removed > 0 && <li>{t("changes.removed", { count: changes.removed })}</li>}
            {!published && changes.added === 0 && <li>{t("changes.emptyEdition")}</li>}
          </ul>
        </div>
      ) : (
        <p className="text-sm text-slate-600">{t("upToDate")}</p>
      )}
      {canPublish && changed && (
        <div className="flex flex-col gap-1">
          {edition.refusal === "fourEyes" && <Notice tone="error">{t("fourEyes")}</Notice>}
          {edition.refusal === "tooMany" && <Notice tone="error">{t("tooMany")}</Notice>}
          <div>
            <Button
              disabled={pending || edition.refusal !== null}
              onClick={() =>
                run(async () =>
                  report(
                    await publishCaseEditionAction({ caseId, fingerprint: edition.next.fingerprint }),
                    t("published"),
                  ),
                )
              }
            >
              {t("publish", { count: edition.next.claimCount })}
            </Button>
          </div>
        </div>
      )}
      {feedback && <Notice tone={feedback.tone}>{feedback.text}</Notice>}
      <h3 className="text-base font-semibold">{t("linksTitle")}</h3>
      {links.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noLinks")}</p>
      ) : (
        <ul className="flex flex-col gap-2" data-testid="case-links">
          {links.map((link) => (
            <li key={link.id} className="flex flex-wrap items-end gap-2">
              {link.revokedAt ? (
                <span className="text-sm text-slate-500">
                  <span dir="ltr" className="line-through">{`/r/cases/${link.token.slice(0, 8)}…`}</span> {t("revoked")}
                </span>
              ) : (
                <>
                  <CopyField
                    label={t("linkLabel")}
                    value={`${publicBaseUrl}/r/cases/${link.token}`}
                    words={{ copy: tEmbeds("copy"), copied: tEmbeds("copied"), selected: tEmbeds("selected") }}
                    testId="case-public-link"
                  />
                  {canPublish && (
                    <Button
                      variant="secondary"
                      disabled={pending}
                      onClick={() =>
                        run(async () => report(await revokeCaseLinkAction({ linkId: link.id }), t("linkRevoked")))
                      }
                    >
                      {t("revoke")}
                    </Button>
                  )}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {canPublish && published && (
        <div>
          <Button
            variant="secondary"
            disabled={pending}
            onClick={() => run(async () => report(await createCaseLinkAction({ caseId }), t("linkCreated")))}
          >
            {live.length ? t("anotherLink") : t("createLink")}
          </Button>
        </div>
      )}
    </section>
  );
}
