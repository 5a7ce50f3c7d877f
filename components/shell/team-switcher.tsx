"use client";

import { Check, ChevronsUpDown, Users } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { DropdownMenu } from "radix-ui";
import { useTransition } from "react";
import type { TeamChoice } from "@/lib/auth/member";

export function TeamSwitcher({
  teams,
  currentTeamId,
  switchTeam,
}: {
  teams: TeamChoice[];
  currentTeamId: string;
  switchTeam: (teamId: string) => Promise<unknown>;
}) {
  const t = useTranslations("teamSwitcher");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const current = teams.find((team) => team.teamId === currentTeamId);

  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger
        disabled={pending}
        aria-label={`${t("label")}: ${current?.teamName ?? ""}`}
        data-testid="team-switcher"
        className="inline-flex items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50"
      >
        <Users aria-hidden className="size-4" />
        <span>{current?.teamName}</span>
        <ChevronsUpDown aria-hidden className="size-4 text-slate-500" />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="start"
          sideOffset={4}
          className="z-50 min-w-56 rounded-md border border-slate-200 bg-white p-1 shadow-lg"
        >
          <DropdownMenu.Label className="px-2 py-1 text-xs text-slate-600">{t("switchTo")}</DropdownMenu.Label>
          {teams.map((team) => (
            <DropdownMenu.Item
              key={team.teamId}
              onSelect={() =>
                startTransition(async () => {
                  await switchTeam(team.teamId);
                  router.refresh();
                })
              }
              className="flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-sm outline-none data-[highlighted]:bg-brand-50"
            >
              <Check aria-hidden className={`size-4 ${team.teamId === currentTeamId ? "" : "invisible"}`} />
              {team.teamName}
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
