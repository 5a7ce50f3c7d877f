import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireMember } from "@/lib/auth/session";
import { getNotificationPreferences } from "@/lib/server/users/get-notification-preferences";
import { ChangePasswordForm } from "./_components/change-password-form";
import { NotificationPreferencesForm } from "./_components/notification-preferences-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

// Every signed-in person manages their own account; no team permission is involved.
export default async function AccountPage() {
  const member = await requireMember();
  const t = await getTranslations("account");
  const preferences = await getNotificationPreferences(member);

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-slate-600">
          {t.rich("signedInAs", { email: member.email, ltr: (chunk) => <span dir="ltr">{chunk}</span> })}
        </p>
      </div>
      <section aria-labelledby="password-heading" className="max-w-xl rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="password-heading" className="mb-1 text-lg font-semibold">
          {t("passwordTitle")}
        </h2>
        <p className="mb-4 text-sm text-slate-600">{t("passwordIntro")}</p>
        <ChangePasswordForm email={member.email} />
      </section>
      <section
        aria-labelledby="notifications-heading"
        className="max-w-xl rounded-lg border border-slate-200 bg-white p-6"
      >
        <h2 id="notifications-heading" className="mb-1 text-lg font-semibold">
          {t("notificationsTitle")}
        </h2>
        <p className="mb-4 text-sm text-slate-600">{t("notificationsIntro")}</p>
        <NotificationPreferencesForm muted={preferences.muted} />
      </section>
    </div>
  );
}
