import type { Metadata } from "next";
import { getNow, getTranslations } from "next-intl/server";
import { PageLinks } from "@/components/ui/page-links";
import { requireMember } from "@/lib/auth/session";
import { pageHref } from "@/lib/domain/paging/page-href";
import { listNotifications, type NotificationKind } from "@/lib/server/notifications/list-notifications";
import { NotificationList } from "./_components/notification-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inbox"))("title") };
}

// Each list pages on its own: its cursor travels in the URL under the list's name.
const LISTS = [
  { kind: "MENTION", key: "mentions" },
  { kind: "ASSIGNED", key: "assigned" },
  { kind: "WITHDRAWN", key: "withdrawn" },
] as const satisfies readonly { kind: NotificationKind; key: string }[];

export default async function InboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const member = await requireMember();
  const raw = await searchParams;
  const cursors = Object.fromEntries(
    LISTS.map(({ key }) => [key, typeof raw[key] === "string" ? raw[key] : null]),
  ) as Record<(typeof LISTS)[number]["key"], string | null>;
  const [inbox, now] = await Promise.all([
    listNotifications(member, {
      MENTION: cursors.mentions,
      ASSIGNED: cursors.assigned,
      WITHDRAWN: cursors.withdrawn,
    }),
    getNow(),
  ]);
  const t = await getTranslations("inbox");
  return (
    <section aria-labelledby="inbox-heading" className="flex flex-col gap-6">
      <h1 id="inbox-heading" className="text-2xl font-semibold">
        {t("title")}
      </h1>
      <div className="grid gap-6 lg:grid-cols-2">
        {LISTS.map(({ kind, key }) =>
          kind === "WITHDRAWN" && inbox.withdrawn.length === 0 && !cursors.withdrawn ? null : (
            <div key={kind} className="flex flex-col gap-2">
              <NotificationList
                kind={kind}
                title={t(key)}
                items={inbox[key]}
                unread={inbox.unread[key]}
                now={now.toISOString()}
              />
              <PageLinks
                nextHref={inbox.next[key] ? pageHref("/inbox", cursors, inbox.next[key], key) : null}
                firstHref={cursors[key] ? pageHref("/inbox", cursors, null, key) : null}
                label={t(key)}
              />
            </div>
          ),
        )}
      </div>
    </section>
  );
}
