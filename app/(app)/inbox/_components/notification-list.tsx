"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { NotificationDto, NotificationKind } from "@/lib/server/notifications/list-notifications";
import { markReadAction } from "../actions";

const BY = { MENTION: "mentionedBy", ASSIGNED: "assignedBy", WITHDRAWN: "withdrawnBy" } as const;

/**
 * A page of one inbox list ("mentions of me" or "assigned to me") with its unread count. `now`
 * is the server's, so "2 hours ago" reads the same on both sides.
 */
export function NotificationList({
  kind,
  title,
  items,
  unread,
  now,
}: {
  kind: NotificationKind;
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
  const headingId = `inbox-${kind}`;
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-2" data-testid={`inbox-${kind}`}>
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
                await markReadAction({ kind });
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
            <li key={item.id} className={`flex flex-col gap-1 px-3 py-2 text-sm ${item.read ? "" : "bg-brand-50"}`}>
              <p className="text-xs text-slate-600">
                {!item.read && <span className="me-1 font-semibold text-brand-900">{t("new")}</span>}
                {t(BY[kind], { name: item.actor ?? "—" })} ·{" "}
                {format.relativeTime(new Date(item.createdAt), new Date(now))} · {tStatus(item.claim.status as never)}
              </p>
              <Link
                href={`/claims/${item.claim.id}`}
                lang={item.claim.language}
                dir={item.claim.direction}
                className="font-medium text-brand-800 hover:underline"
              >
                {item.claim.statement}
              </Link>
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
