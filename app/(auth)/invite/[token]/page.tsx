import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "@/components/shell/language-switcher";
import { Notice } from "@/components/ui/notice";
import { getCurrentMember } from "@/lib/auth/session";
import { ZInvitationToken } from "@/lib/schemas/invitations";
import { getInvitationByToken } from "@/lib/server/invitations/get-invitation-by-token";
import { JoinTeamButton } from "./_components/join-team-button";
import { NewAccountForm } from "./_components/new-account-form";
import { SignOutButton } from "./_components/sign-out-button";

export async function generateMetadata(): Promise<Metadata> {
  // The token is in the address: keep it out of Referer headers and search engines.
  return { title: (await getTranslations("invite"))("title"), referrer: "no-referrer", robots: { index: false } };
}

/**
 * An invitation, for whoever holds its link (no sign-in needed to see it). The signed-in
 * invitee joins with one button; anyone else signs in, or chooses a name and password for
 * the invited email.
 */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const parsed = ZInvitationToken.safeParse((await params).token);
  const token = parsed.success ? parsed.data : null;
  const invitation = token ? await getInvitationByToken(token) : null;
  const member = await getCurrentMember();
  const t = await getTranslations();
  const format = await getFormatter();

  return (
    <main className="mx-auto flex min-h-screen max-w-lg flex-col justify-center gap-6 px-4 py-8">
      <div className="flex items-center justify-between">
        <p className="text-lg font-semibold text-brand-900" dir="ltr">
          {t("app.name")}
        </p>
        <LanguageSwitcher />
      </div>
      <div className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        {!token || !invitation ? (
          <>
            <h1 className="text-xl font-semibold">{t("invite.title")}</h1>
            <Notice tone="error" testId="invite-status">
              {t("errors.invitationUnknown")}
            </Notice>
          </>
        ) : (
          <>
            <h1 className="text-xl font-semibold">{t("invite.heading", { team: invitation.teamName })}</h1>
            <p className="text-slate-700" data-testid="invite-summary">
              {invitation.invitedByName
                ? t("invite.summary", {
                    inviter: invitation.invitedByName,
                    team: invitation.teamName,
                    role: t(`roles.${invitation.role}`),
                  })
                : t("invite.summaryNoInviter", { team: invitation.teamName, role: t(`roles.${invitation.role}`) })}
            </p>
            <p className="text-sm text-slate-600">
              {t("invite.forEmail")}{" "}
              <bdi dir="ltr" className="font-medium text-slate-900">
                {invitation.email}
              </bdi>
            </p>
            {invitation.status !== "open" ? (
              <Notice tone="error" testId="invite-status">
                {t(`invite.status.${invitation.status}`)}
              </Notice>
            ) : (
              <>
                <p className="text-sm text-slate-600">
                  {t("invite.validUntil", {
                    date: format.dateTime(new Date(invitation.expiresAt), { dateStyle: "long", timeStyle: "short" }),
                  })}
                </p>
                {member && member.email.toLowerCase() === invitation.email ? (
                  <JoinTeamButton token={token} teamName={invitation.teamName} />
                ) : member ? (
                  <>
                    <Notice tone="warning" testId="invite-status">
                      {t("invite.otherAccount", { current: member.email, invited: invitation.email })}
                    </Notice>
                    <SignOutButton token={token} />
                  </>
                ) : (
                  <>
                    <section aria-labelledby="invite-sign-in" className="flex flex-col gap-2">
                      <h2 id="invite-sign-in" className="text-base font-semibold">
                        {t("invite.haveAccount")}
                      </h2>
                      <Link
                        href={signInHref(token)}
                        className="self-start rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700"
                      >
                        {t("invite.signInToAccept")}
                      </Link>
                    </section>
                    <section
                      aria-labelledby="invite-new-account"
                      className="flex flex-col gap-3 border-t border-slate-200 pt-4"
                    >
                      <h2 id="invite-new-account" className="text-base font-semibold">
                        {t("invite.newHere")}
                      </h2>
                      <NewAccountForm token={token} email={invitation.email} signInHref={signInHref(token)} />
                    </section>
                  </>
                )}
              </>
            )}
          </>
        )}
      </div>
    </main>
  );
}

function signInHref(token: string): string {
  return `/login?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`;
}
