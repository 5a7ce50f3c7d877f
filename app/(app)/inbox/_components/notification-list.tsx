"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { InboxList, NotificationDto, NotificationKind } from "@/lib/server/notifications/list-notifications";
import { markReadAction } from "../actions";

/** The sentence each kind of notice reads as ("Elias Editor requested changes"). */
const SENTENCE = {
  MENTION: "mentionedBy",
  ASSIGNED: "assignedBy",
  WITHDRAWN: "withdrawnBy",
  SUBMITTED: "submittedBy",
  CHANGES_REQUESTED: "changesRequestedBy",
  APPROVED: "approvedBy",
  PUBLISHED: "publishedBy",
  CORRECTED: "correctedBy",
  COMMENTED: "commentedBy",
} as const satisfies Record<NotificationKind, string>;

/**
 * A page of one inbox list with its unread count: who did what, to which claim (a link), and the
 * note or comment they wrote. `now` is the server's, so "2 hours ago" reads the same on both sides.
 */
export function NotificationList({
  list,
  testId,
  title,
  items,
  unread,
  now,
}: {
  list: InboxList;
  testId: string;
  title: string;
  items: NotificationDto[];
  unread: number;
  now: string;
}) {
  const t = useTranslations("inbox");
  const tStatus = useTranslations("claims.status");
  const format = useFormatter();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const headingId = `inbox-list-${list}`;
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-2" data-testid={testId}>
      <div className="flex items-center gap-2">
        <h2 id={headingId} className="text-lg font-semibold">
          {title}
        </h2>
        {unread > 0 && (
          <span className="rounded-full bg-brand-600 px-2 py-0.5 text-xs text-white">
            {t("unread", { count: unread })}
          </span>
        )}
        {unread > 0 && (
          <Button
            variant="ghost"
            className="ms-auto"
            disabled={pending}
            onClick={() =>
              startTransition(async () => {
                await markReadAction({ list });
                router.refresh();
              })
            }
          >
            {t("markRead")}
          </Button>
        )}
      </div>
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <ul className="flex flex-col divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {items.map((item) => (
            <li
              key={item.id}
              className={`flex flex-col gap-1 px-3 py-2 text-sm ${item.read ? "" : "bg-brand-50"}`}
              data-kind={item.kind}
            >
              <p className="text-xs text-slate-600">
                {!item.read && <span className="me-1 font-semibold text-brand-900">{t("new")}</span>}
                {t.rich(SENTENCE[item.kind], { name: item.actor ?? "—", bdi: (name) => <bdi>{name}</bdi> })} ·{" "}
                {format.relativeTime(new Date(item.createdAt), new Date(now))} · {tStatus(item.claim.status as never)}
              </p>
              <Link
                href={`/claims/${item.claim.id}`}
                lang={item.claim.language}
                dir="auto"
                className="font-medium text-brand-800 hover:underline"
              >
                {item.claim.statement}
              </Link>
              {item.note && (
                <p className="border-s-2 border-slate-300 ps-2 text-slate-700">
                  <span className="me-1 font-semibold">{t("note")}</span>
                  <span dir="auto" className="whitespace-pre-line">
                    {item.note}
                  </span>
                </p>
              )}
              {item.excerpt && (
                <p className="text-slate-700" dir="auto">
                  {item.excerpt}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
