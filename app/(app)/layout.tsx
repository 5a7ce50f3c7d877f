import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LanguageSwitcher } from "@/components/shell/language-switcher";
import { MainNav, type NavItem } from "@/components/shell/main-nav";
import { TeamSwitcher } from "@/components/shell/team-switcher";
import { UserMenu } from "@/components/shell/user-menu";
import { can } from "@/lib/auth/permissions";
import { requireMember } from "@/lib/auth/session";
import { countUnread } from "@/lib/server/notifications/list-notifications";
import { signOutAction, signOutEverywhereAction, switchTeam } from "./actions";
import { FocusKeeper } from "@/components/shell/focus-keeper";

// The shell only decides what to show; each page and action checks permissions itself.
export default async function AppLayout({ children }: { children: ReactNode }) {
  const member = await requireMember();
  const t = await getTranslations("app");
  const nav: NavItem[] = [
    { href: "/", labelKey: "articles" },
    { href: "/cases", labelKey: "cases" },
    { href: "/sources", labelKey: "sources" },
    { href: "/entities", labelKey: "entities" },
    { href: "/search", labelKey: "search" },
    { href: "/review", labelKey: "review" },
    { href: "/dashboard", labelKey: "dashboard" },
    { href: "/inbox", labelKey: "inbox", badge: await countUnread(member) },
  ];
  if (can(member, "member.manage")) nav.push({ href: "/team", labelKey: "team" });

  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t("skipToContent")}
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-3 px-4 py-2">
          <span className="text-lg font-semibold text-brand-900" dir="ltr">
            {t("name")}
          </span>
          <TeamSwitcher teams={member.teams} currentTeamId={member.teamId} switchTeam={switchTeam} />
          <MainNav items={nav} />
          <div className="ms-auto flex items-center gap-2">
            <LanguageSwitcher />
            <UserMenu
              name={member.name}
              email={member.email}
              role={member.role}
              teamName={member.teamName}
              signOutAction={signOutAction}
              signOutEverywhereAction={signOutEverywhereAction}
            />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 outline-none">
        {children}
      </main>
      <FocusKeeper />
    </>
  );
}
