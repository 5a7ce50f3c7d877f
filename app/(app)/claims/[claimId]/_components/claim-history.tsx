import { getTranslations } from "next-intl/server";
import { PageLinks } from "@/components/ui/page-links";
import type { Member } from "@/lib/auth/member";
import { pageHref } from "@/lib/domain/paging/page-href";
import { getClaimHistory } from "@/lib/server/claims/get-claim-history";
import { HistoryTimeline } from "./history-timeline";

/** The URL parameter holding the history's page, apart from anything else on the claim page. */
export const HISTORY_CURSOR_PARAM = "history";

/**
 * The claim's history, streamed after the claim itself: the latest 50 events oldest first, and
 * a link to the 50 before them. The links keep the rest of the URL and come back to this section.
 */
export async function ClaimHistory({
  member,
  claimId,
  searchParams,
}: {
  member: Member;
  claimId: string;
  searchParams: Record<string, string | string[] | undefined>;
}) {
  const cursor = searchParams[HISTORY_CURSOR_PARAM];
  const page = await getClaimHistory(member, claimId, { cursor: typeof cursor === "string" ? cursor : null });
  const t = await getTranslations("history");
  const href = (next: string | null) =>
    `${pageHref(`/claims/${claimId}`, searchParams, next, HISTORY_CURSOR_PARAM)}#history`;
  return (
    <div id="history" className="flex flex-col gap-3">
      <HistoryTimeline entries={page.items} />
      <PageLinks
        nextHref={page.nextCursor ? href(page.nextCursor) : null}
        firstHref={cursor ? href(null) : null}
        label={t("title")}
        nextText={t("earlier")}
        firstText={t("latest")}
      />
    </div>
  );
}
