"use client";

import { CircleUser } from "lucide-react";
import { useTranslations } from "next-intl";
import type { Role } from "@/lib/auth/permissions";
import { DeferredMenu } from "./deferred-menu";

export interface UserMenuProps {
  name: string;
  email: string;
  role: Role;
  teamName: string;
  signOutAction: () => Promise<void>;
  signOutEverywhereAction: () => Promise<void>;
}

const loadMenu = () => import("./user-menu-content").then((module) => module.UserMenuContent);

export function UserMenu(props: UserMenuProps) {
  const t = useTranslations("userMenu");
  return (
    <DeferredMenu
      load={loadMenu}
      props={props}
      trigger={{
        "aria-label": t("open", { name: props.name }),
        "data-testid": "user-menu",
        className: "inline-flex items-center gap-2 rounded-md px-2 py-1.5 text-sm hover:bg-slate-100",
      }}
    >
      <CircleUser aria-hidden className="size-5" />
      <span className="hidden sm:inline">{props.name}</span>
    </DeferredMenu>
  );
}
