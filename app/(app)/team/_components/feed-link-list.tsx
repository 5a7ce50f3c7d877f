"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { CopyField } from "@/components/ui/copy-field";
import { Notice } from "@/components/ui/notice";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import type { FeedLinkDto } from "@/lib/server/embeds/feed-link-dto";
import { createFeedLinkAction, revokeFeedLinkAction } from "../feed-actions";

export function FeedLinkList({ links }: { links: FeedLinkDto[] }) {
  const t = useTranslations("embeds");
  const format = useFormatter();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const { feedback, report } = useActionFeedback();
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium" });
  const words = { copy: t("copy"), copied: t("copied"), selected: t("selected") };
  const live = links.filter((link) => !link.revokedAt);
  const revoked = links.filter((link) => link.revokedAt);

  function create() {
    startTransition(async () => {
      if (report(await createFeedLinkAction({}), t("feedCreate"))) router.refresh();
    });
  }

  function revoke(link: FeedLinkDto) {
    if (!window.confirm(t("feedRevokeConfirm"))) return;
    startTransition(async () => {
      if (report(await revokeFeedLinkAction({ linkId: link.id }), t("feedRevoke"))) router.refresh();
    });
  }

  return (
    <div className="flex flex-col gap-4">
      {feedback?.tone === "error" && (
        <Notice tone="error" testId="feed-links-feedback">
          {feedback.text}
        </Notice>
      )}
      {live.length === 0 && <p className="text-sm text-slate-600">{t("feedNone")}</p>}
      {live.map((link) => (
        <div
          key={link.id}
          className="flex flex-col gap-2 rounded-md border border-slate-200 p-4"
          data-testid="feed-link"
        >
          <p className="text-sm text-slate-600">{t("feedCreated", { date: date(link.createdAt) })}</p>
          <CopyField label={t("jsonFeed")} value={link.jsonFeedUrl} words={words} testId="feed-json-url" />
          <CopyField label={t("claimReview")} value={link.claimReviewUrl} words={words} testId="feed-claimreview-url" />
          <Button variant="danger" className="self-start" disabled={pending} onClick={() => revoke(link)}>
            {t("feedRevoke")}
          </Button>
        </div>
      ))}
      <Button className="self-start" disabled={pending} onClick={create} data-testid="feed-create">
        {t("feedCreate")}
      </Button>
      {revoked.length > 0 && (
        <ul className="text-sm text-slate-600">
          {revoked.map((link) => (
            <li key={link.id}>
              {t("feedCreated", { date: date(link.createdAt) })} · {t("feedRevoked", { date: date(link.revokedAt!) })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
