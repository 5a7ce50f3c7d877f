import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { AssignedClaimDto } from "@/lib/server/claims/list-assigned-claims";

/** "Assigned to me": a page of the claims assigned to the member now, with their status and article. */
export async function AssignedClaimList({ items, now }: { items: AssignedClaimDto[]; now: string }) {
  const t = await getTranslations("inbox");
  const tStatus = await getTranslations("claims.status");
  const format = await getFormatter();
  return (
    <section aria-labelledby="assigned-claims-heading" className="flex flex-col gap-2" data-testid="assigned-claims">
      <h2 id="assigned-claims-heading" className="text-lg font-semibold">
        {t("assignedClaims")}
      </h2>
      <p className="text-sm text-slate-600">{t("assignedIntro")}</p>
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">{t("assignedEmpty")}</p>
      ) : (
        <ul className="flex flex-col divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {items.map((claim) => (
            <li key={claim.id} className="flex flex-col gap-1 px-3 py-2 text-sm">
              <Link
                href={`/claims/${claim.id}`}
                lang={claim.article.language}
                dir="auto"
                className="font-medium text-brand-800 hover:underline"
              >
                {claim.statement}
              </Link>
              <p className="text-xs text-slate-600">
                <span className="me-1 rounded bg-slate-100 px-1.5 py-0.5 font-medium text-slate-800">
                  {tStatus(claim.status as never)}
                </span>
                {t.rich("inArticle", {
                  title: claim.article.title,
                  bdi: (title) => (
                    <bdi lang={claim.article.language} dir="auto">
                      {title}
                    </bdi>
                  ),
                })}{" "}
                · {t("changed", { time: format.relativeTime(new Date(claim.statusChangedAt), new Date(now)) })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
