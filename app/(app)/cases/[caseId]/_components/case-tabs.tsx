"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

const TABS = [
  { key: "overview", path: "" },
  { key: "timeline", path: "/timeline" },
  { key: "members", path: "/members" },
  { key: "report", path: "/report" },
] as const;

/** The case's pages as links (each has its own address), the current one marked for screen readers. */
export function CaseTabs({ caseId }: { caseId: string }) {
  const t = useTranslations("cases.tabs");
  const pathname = usePathname();
  const base = `/cases/${caseId}`;
  return (
    <nav aria-label={t("label")}>
      <ul className="flex flex-wrap gap-1 border-b border-slate-200">
        {TABS.map((tab) => {
          const href = `${base}${tab.path}`;
          const current = tab.path === "" ? pathname === base : pathname.startsWith(href);
          return (
            <li key={tab.key}>
              <Link
                href={href}
                // Each tab is a page of its own with its own queries: load it when chosen, not on sight.
                prefetch={false}
                aria-current={current ? "page" : undefined}
                className="-mb-px inline-block border-b-2 border-transparent px-3 py-2 text-sm font-medium text-slate-700 hover:text-slate-900 aria-[current=page]:border-brand-600 aria-[current=page]:text-brand-900"
              >
                {t(tab.key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
