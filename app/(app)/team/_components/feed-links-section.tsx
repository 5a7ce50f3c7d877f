import { getTranslations } from "next-intl/server";
import type { Member } from "@/lib/auth/member";
import { can } from "@/lib/auth/permissions";
import { listFeedLinks } from "@/lib/server/embeds/list-feed-links";
import { FeedLinkList } from "./feed-link-list";

/** The team's public feed for fact-check aggregators: its links (JSON Feed and ClaimReview), made and revoked here. */
export async function FeedLinksSection({ member }: { member: Member }) {
  if (!can(member, "report.publishLink")) return null;
  const links = await listFeedLinks(member);
  const t = await getTranslations("embeds");
  return (
    <section
      aria-labelledby="feed-links-heading"
      className="flex max-w-5xl flex-col gap-4 rounded-lg border border-slate-200 bg-white p-6"
      data-testid="feed-links"
    >
      <div>
        <h2 id="feed-links-heading" className="mb-1 text-lg font-semibold">
          {t("feedTitle")}
        </h2>
        <p className="text-sm text-slate-600">{t("feedHint")}</p>
      </div>
      <FeedLinkList links={links} />
    </section>
  );
}
