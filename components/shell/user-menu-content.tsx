"use client";

import { KeyRound, LogOut, MonitorX } from "lucide-react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { DropdownMenu } from "radix-ui";
import { type LoadedMenuProps, useTakeOverFocus } from "./deferred-menu";
import type { UserMenuProps } from "./user-menu";

/** The user menu itself, loaded on first use (components/shell/deferred-menu.tsx). */
export function UserMenuContent({
  name,
  email,
  role,
  teamName,
  signOutAction,
  signOutEverywhereAction,
  trigger,
  triggerContent,
  defaultOpen,
  focusTrigger,
}: UserMenuProps & LoadedMenuProps) {
  const t = useTranslations();
  const triggerRef = useTakeOverFocus(focusTrigger, defaultOpen);
  return (
    <DropdownMenu.Root defaultOpen={defaultOpen}>
      <DropdownMenu.Trigger {...trigger} ref={triggerRef}>
        {triggerContent}
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          sideOffset={4}
          className="z-50 min-w-60 rounded-md border border-slate-200 bg-white p-1 shadow-lg"
        >
          <div className="px-2 py-2 text-sm">
            <p className="font-medium">{name}</p>
            <p className="text-slate-600" dir="ltr">
              {email}
            </p>
            <p className="mt-1 text-slate-600" data-testid="current-role">
              {t("userMenu.roleInTeam", { role: t(`roles.${role}`), team: teamName })}
            </p>
          </div>
          <DropdownMenu.Separator className="my-1 h-px bg-slate-200" />
          <DropdownMenu.Item
            asChild
            className="flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-sm outline-none data-[highlighted]:bg-brand-50"
          >
            <Link href="/account">
              <KeyRound aria-hidden className="size-4" />
              {t("userMenu.account")}
            </Link>
          </DropdownMenu.Item>
          <DropdownMenu.Item
            onSelect={() => void signOutAction()}
            className="flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-sm outline-none data-[highlighted]:bg-brand-50"
          >
            <LogOut aria-hidden className="size-4 rtl:-scale-x-100" />
            {t("userMenu.signOut")}
          </DropdownMenu.Item>
          <DropdownMenu.Item
            onSelect={() => void signOutEverywhereAction()}
            className="flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-sm outline-none data-[highlighted]:bg-brand-50"
          >
            <MonitorX aria-hidden className="size-4" />
            {t("userMenu.signOutEverywhere")}
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
