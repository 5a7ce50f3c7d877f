import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import type { Member } from "@/lib/auth/member";
import type { DeletedClaim } from "@/lib/server/claims/deleted-claims";
import { ClaimHistory } from "./claim-history";
import { LoadingPart } from "./loading-part";

/** What is left of a deleted claim: its statement, who deleted it and when, and its history. */
export async function DeletedClaimPage({
  member,
  deleted,
  searchParams,
}: {
  member: Member;
  deleted: DeletedClaim;
  searchParams: Record<string, string | string[] | undefined>;
}) {
  const t = await getTranslations("deletedClaims");
  const format = await getFormatter();
  return (
    <article aria-labelledby="claim-heading" className="flex flex-col gap-6" data-testid="deleted-claim">
      <header className="flex flex-col gap-3">
        {deleted.articleId && (
          <Link href={`/articles/${deleted.articleId}`} className="self-start text-sm text-brand-800 hover:underline">
            <span aria-hidden className="inline-block rtl:rotate-180">
              ←
            </span>{" "}
            {t("backToArticle")}
          </Link>
        )}
        <h1 id="claim-heading" className="text-2xl leading-relaxed font-semibold text-slate-700" dir="auto">
          {deleted.statement}
        </h1>
        <p className="rounded-md border border-slate-300 bg-slate-50 px-3 py-2 text-sm">
          {t.rich("deletedNotice", {
            name: () => <bdi>{deleted.deletedBy ?? t("someone")}</bdi>,
            date: () => (
              <time dateTime={deleted.deletedAt}>
                {format.dateTime(new Date(deleted.deletedAt), { dateStyle: "medium", timeStyle: "short" })}
              </time>
            ),
          })}
        </p>
      </header>
      <Suspense fallback={<LoadingPart text={t("loadingHistory")} />}>
        <ClaimHistory member={member} claimId={deleted.claimId} searchParams={searchParams} />
      </Suspense>
    </article>
  );
}
