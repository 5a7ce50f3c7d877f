import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { Member } from "@/lib/auth/member";
import { DELETED_CLAIMS_SHOWN, listDeletedClaims } from "@/lib/server/claims/deleted-claims";

/** The article's deleted claims, each linking to what is left of it (statement and history). */
export async function DeletedClaims({ member, articleId }: { member: Member; articleId: string }) {
  const deleted = await listDeletedClaims(member, articleId);
  if (!deleted.length) return null;
  const t = await getTranslations("deletedClaims");
  const format = await getFormatter();
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-4 text-sm" data-testid="deleted-claims">
      <summary className="cursor-pointer font-semibold">
        {t("title")} ({deleted.length})
      </summary>
      <p className="mt-2 text-slate-600">
        {t("intro")} {deleted.length === DELETED_CLAIMS_SHOWN && t("shownLatest", { count: DELETED_CLAIMS_SHOWN })}
      </p>
      <ul className="mt-2 flex flex-col gap-2">
        {deleted.map((claim) => (
          <li key={claim.claimId} className="flex flex-col">
            <Link href={`/claims/${claim.claimId}`} dir="auto" className="text-brand-800 hover:underline">
              {claim.statement}
            </Link>
            <span className="text-xs text-slate-600">
              {t("deletedBy", {
                name: claim.deletedBy ?? t("someone"),
                date: format.dateTime(new Date(claim.deletedAt), { dateStyle: "medium" }),
              })}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
