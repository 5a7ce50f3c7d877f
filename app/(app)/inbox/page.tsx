import type { Metadata } from "next";
import Link from "next/link";
import { getNow, getTranslations } from "next-intl/server";
import { PageLinks } from "@/components/ui/page-links";
import { requireMember } from "@/lib/auth/session";
import { pageHref } from "@/lib/domain/paging/page-href";
import { listAssignedClaims } from "@/lib/server/claims/list-assigned-claims";
import {
  INBOX_LIST_NAMES,
  INBOX_LISTS,
  listNotifications,
  type InboxList,
} from "@/lib/server/notifications/list-notifications";
import { AssignedClaimList } from "./_components/assigned-claim-list";
import { NotificationList } from "./_components/notification-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inbox"))("title") };
}

/** Lists shown only once they have something: most people never get these. */
const SHOWN_WHEN_FILLED: readonly InboxList[] = ["withdrawn", "comments"];

/**
 * The inbox: the notifications (each list pages on its own, its cursor in the URL under the
 * list's name) or, as a second tab, the claims assigned to the member now.
 */
export default async function InboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const member = await requireMember();
  const raw = await searchParams;
  const t = await getTranslations("inbox");
  const tab = raw.tab === "assigned" ? "assigned" : "notifications";
  const tabs = (
    <nav aria-label={t("tabs")} className="flex gap-1 border-b border-slate-200">
      {(["notifications", "assigned"] as const).map((name) => (
        <Link
          key={name}
          href={name === "assigned" ? "/inbox?tab=assigned" : "/inbox"}
          aria-current={tab === name ? "page" : undefined}
          className="-mb-px rounded-t-md border border-transparent px-4 py-2 text-sm font-medium text-slate-700 hover:text-brand-800 aria-[current=page]:border-slate-200 aria-[current=page]:border-b-white aria-[current=page]:bg-white aria-[current=page]:text-brand-900"
        >
          {t(name === "assigned" ? "assignedTab" : "notificationsTab")}
        </Link>
      ))}
    </nav>
  );
  const heading = (
    <h1 id="inbox-heading" className="text-2xl font-semibold">
      {t("title")}
    </h1>
  );

  if (tab === "assigned") {
    const cursor = typeof raw.cursor === "string" ? raw.cursor : null;
    const [page, now] = await Promise.all([listAssignedClaims(member, { cursor }), getNow()]);
    return (
      <section aria-labelledby="inbox-heading" className="flex flex-col gap-4">
        {heading}
        {tabs}
        <AssignedClaimList items={page.items} now={now.toISOString()} />
        <PageLinks
          nextHref={page.nextCursor ? pageHref("/inbox", { tab: "assigned" }, page.nextCursor) : null}
          firstHref={cursor ? pageHref("/inbox", { tab: "assigned" }, null) : null}
          label={t("assignedClaims")}
        />
      </section>
    );
  }

  const cursors = Object.fromEntries(
    INBOX_LIST_NAMES.map((list) => [list, typeof raw[list] === "string" ? raw[list] : null]),
  ) as Record<InboxList, string | null>;
  const [inbox, now] = await Promise.all([listNotifications(member, cursors), getNow()]);
  return (
    <section aria-labelledby="inbox-heading" className="flex flex-col gap-4">
      {heading}
      {tabs}
      <div className="grid gap-6 lg:grid-cols-2">
        {INBOX_LIST_NAMES.map((list) => {
          const kinds: readonly string[] = INBOX_LISTS[list];
          if (SHOWN_WHEN_FILLED.includes(list) && inbox[list].length === 0 && !cursors[list]) return null;
          return (
            <div key={list} className="flex flex-col gap-2">
              <NotificationList
                list={list}
                // The lists of one kind are named after it (inbox-MENTION), the review list after itself.
                testId={`inbox-${kinds.length === 1 ? kinds[0] : list.toUpperCase()}`}
                title={t(list)}
                items={inbox[list]}
                unread={inbox.unread[list]}
                now={now.toISOString()}
              />
              <PageLinks
                nextHref={inbox.next[list] ? pageHref("/inbox", cursors, inbox.next[list], list) : null}
                firstHref={cursors[list] ? pageHref("/inbox", cursors, null, list) : null}
                label={t(list)}
              />
            </div>
          );
        })}
      </div>
    </section>
  );
}
