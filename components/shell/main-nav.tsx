"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

export interface NavItem {
  href: string;
  labelKey: "articles" | "cases" | "sources" | "entities" | "search" | "review" | "dashboard" | "inbox" | "team";
  /** A count shown beside the label (unread items). */
  badge?: number;
}

export function MainNav({ items }: { items: NavItem[] }) {
  const t = useTranslations("nav");
  const pathname = usePathname();
  return (
    <nav aria-label={t("main")}>
      <ul className="flex gap-1">
        {items.map((item) => {
          const active =
            item.href === "/" ? pathname === "/" || pathname.startsWith("/articles") : pathname.startsWith(item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-900"
              >
                {t(item.labelKey)}
                {item.badge ? (
                  <span
                    className="ms-1.5 rounded-full bg-brand-600 px-1.5 py-0.5 text-xs text-white"
                    data-testid={`nav-badge-${item.labelKey}`}
                  >
                    <span className="sr-only">, </span>
                    {item.badge}
                  </span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
