"use client";

import { Check } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { DropdownMenu } from "radix-ui";
import { useTransition } from "react";
import { type LoadedMenuProps, useTakeOverFocus } from "./deferred-menu";
import type { TeamSwitcherProps } from "./team-switcher";

/** The team switcher's menu, loaded on first use (components/shell/deferred-menu.tsx). */
export function TeamSwitcherMenu({
  teams,
  currentTeamId,
  switchTeam,
  trigger,
  triggerContent,
  defaultOpen,
  focusTrigger,
}: TeamSwitcherProps & LoadedMenuProps) {
  const t = useTranslations("teamSwitcher");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const triggerRef = useTakeOverFocus(focusTrigger, defaultOpen);

  return (
    <DropdownMenu.Root defaultOpen={defaultOpen}>
      <DropdownMenu.Trigger {...trigger} ref={triggerRef} disabled={pending}>
        {triggerContent}
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
