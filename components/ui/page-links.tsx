import Link from "next/link";
import { getTranslations } from "next-intl/server";

/**
 * "Next page" and "First page" under a keyset-paged list. Keyset pages have no numbers (that
 * would need a count of everything before), so a reader moves on, or starts over.
 */
export async function PageLinks({
  nextHref,
  firstHref,
  label,
}: {
  /** The next page, or null on the last one. */
  nextHref: string | null;
  /** The first page, when this is a later one. */
  firstHref: string | null;
  /** What the list is, for screen readers ("Articles"). */
  label: string;
}) {
  if (!nextHref && !firstHref) return null;
  const t = await getTranslations("paging");
  const link = "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-50";
  return (
    <nav aria-label={t("label", { list: label })} className="flex flex-wrap gap-2">
      {firstHref && (
        <Link href={firstHref} className={link}>
          {t("first")}
        </Link>
      )}
      {nextHref && (
        <Link href={nextHref} className={link} rel="next">
          {t("next")}
        </Link>
      )}
    </nav>
  );
}
