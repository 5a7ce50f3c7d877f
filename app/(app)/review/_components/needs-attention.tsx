import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { QueueItem } from "@/lib/server/claims/list-review-queue";
import { writtenIn } from "@/lib/domain/text/written-in";

/**
 * Published claims whose quote a later revision changed or removed: re-anchor or acknowledge
 * each. Bounded: when `more` wait, the heading says so and each one handled makes room.
 */
export async function NeedsAttention({ items, more }: { items: QueueItem[]; more: boolean }) {
  if (items.length === 0) return null;
  const t = await getTranslations("anchors");
  const tClaims = await getTranslations("claims");
  return (
    <section
      aria-labelledby="needs-attention-heading"
      id="needs-attention"
      className="flex flex-col gap-2 rounded-lg border border-amber-300 bg-amber-50 p-4"
      data-testid="needs-attention"
    >
      <h2 id="needs-attention-heading" className="text-lg font-semibold">
        {more ? t("attentionHeadingMore", { count: items.length }) : t("attentionHeading", { count: items.length })}
      </h2>
      <p className="text-sm text-slate-800">{t("attentionIntro")}</p>
      <ul className="flex flex-col divide-y divide-amber-200">
        {items.map(({ claim, article }) => (
          <li key={claim.id} className="flex flex-col gap-1 py-2">
            <Link
              href={`/articles/${article.id}`}
              {...writtenIn(claim.statement, article.language)}
              className="font-medium text-brand-800 hover:underline"
            >
              {claim.statement}
            </Link>
            <span className="flex flex-wrap items-center gap-2 text-xs text-slate-700">
              <span className="rounded bg-white px-1.5 py-0.5 font-medium text-amber-900">
                {tClaims(`anchor.${claim.anchorStatus}`)}
              </span>
              <span>{tClaims(`status.${claim.status}`)}</span>
              <span dir="auto">{article.title}</span>
              <Link href={`/claims/${claim.id}`} className="text-brand-800 hover:underline">
                {t("openClaim")}
              </Link>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
