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
  nextText,
  firstText,
}: {
  /** The next page, or null on the last one. */
  nextHref: string | null;
  /** The first page, when this is a later one. */
  firstHref: string | null;
  /** What the list is, for screen readers ("Articles"). */
  label: string;
  /** Words for the two links where "Next page" / "First page" would not fit ("Show earlier history"). */
  nextText?: string;
  firstText?: string;
}) {
  if (!nextHref && !firstHref) return null;
  const t = await getTranslations("paging");
  const link = "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-50";
  return (
    <nav aria-label={t("label", { list: label })} className="flex flex-wrap gap-2">
      {firstHref && (
        <Link href={firstHref} className={link}>
          {firstText ?? t("first")}
        </Link>
      )}
      {nextHref && (
        <Link href={nextHref} className={link} rel="next">
          {nextText ?? t("next")}
        </Link>
      )}
    </nav>
  );
}
