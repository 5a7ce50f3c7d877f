import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireMember } from "@/lib/auth/session";
import { listNotifications } from "@/lib/server/notifications/list-notifications";
import { NotificationList } from "./_components/notification-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inbox"))("title") };
}

export default async function InboxPage() {
  const member = await requireMember();
  const inbox = await listNotifications(member);
  const t = await getTranslations("inbox");
  return (
    <section aria-labelledby="inbox-heading" className="flex flex-col gap-6">
      <h1 id="inbox-heading" className="text-2xl font-semibold">
        {t("title")}
      </h1>
      <div className="grid gap-6 lg:grid-cols-2">
        <NotificationList kind="MENTION" title={t("mentions")} items={inbox.mentions} unread={inbox.unread.mentions} />
        <NotificationList kind="ASSIGNED" title={t("assigned")} items={inbox.assigned} unread={inbox.unread.assigned} />
        {inbox.withdrawn.length > 0 && (
          <NotificationList
            kind="WITHDRAWN"
            title={t("withdrawn")}
            items={inbox.withdrawn}
            unread={inbox.unread.withdrawn}
          />
        )}
      </div>
    </section>
  );
}
