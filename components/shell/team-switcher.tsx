"use client";

import { ChevronsUpDown, Users } from "lucide-react";
import { useTranslations } from "next-intl";
import type { TeamChoice } from "@/lib/auth/member";
import { DeferredMenu } from "./deferred-menu";

export interface TeamSwitcherProps {
  teams: TeamChoice[];
  currentTeamId: string;
  switchTeam: (teamId: string) => Promise<unknown>;
}

const loadMenu = () => import("./team-switcher-menu").then((module) => module.TeamSwitcherMenu);

export function TeamSwitcher(props: TeamSwitcherProps) {
  const t = useTranslations("teamSwitcher");
  const current = props.teams.find((team) => team.teamId === props.currentTeamId);
  return (
    <DeferredMenu
      load={loadMenu}
      props={props}
      trigger={{
        "aria-label": `${t("label")}: ${current?.teamName ?? ""}`,
        "data-testid": "team-switcher",
        className:
          "inline-flex items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50",
      }}
    >
      <Users aria-hidden className="size-4" />
      <span>{current?.teamName}</span>
      <ChevronsUpDown aria-hidden className="size-4 text-slate-500" />
    </DeferredMenu>
  );
}
