import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { entityName } from "@/lib/domain/entities/entity-name";
import { writtenIn } from "@/lib/domain/text/written-in";
import type { CaseTimelineDto } from "@/lib/server/cases/get-case-timeline";

/** The timeline in words, in time order: what the picture shows, and what screen readers read. */
export function TimelineList({ timeline }: { timeline: CaseTimelineDto }) {
  const t = useTranslations("caseTimeline");
  const tClaims = useTranslations("claims");
  const format = useFormatter();
  const locale = useLocale();
  return (
    <table className="w-full border-collapse text-sm" data-testid="timeline-list">
      <caption className="sr-only">{t("listCaption")}</caption>
      <thead>
        <tr className="border-b border-slate-300 text-start text-xs text-slate-600">
          <th scope="col" className="p-2 text-start font-medium">
            {t("when")}
          </th>
          <th scope="col" className="p-2 text-start font-medium">
            {t("what")}
          </th>
          <th scope="col" className="p-2 text-start font-medium">
            {t("detail")}
          </th>
          <th scope="col" className="p-2 text-start font-medium">
            {t("firstOrRepeat")}
          </th>
        </tr>
      </thead>
      <tbody>
        {timeline.events.map((event) => (
          <tr
            key={`${event.kind}-${event.claim?.id ?? event.source?.id}`}
            className="border-b border-slate-100 align-top"
            data-testid="timeline-event"
            data-kind={event.kind}
          >
            <td className="whitespace-nowrap p-2">
              <time dateTime={event.at}>{format.dateTime(new Date(event.at), { dateStyle: "medium" })}</time>
            </td>
            <td className="p-2">{t(`kinds.${event.kind}`)}</td>
            <td className="p-2">
              {event.claim && (
                <span className="flex flex-col">
                  <Link
                    href={`/claims/${event.claim.id}`}
                    className="text-brand-800 hover:underline"
                    {...writtenIn(event.claim.statement, event.claim.language)}
                  >
                    {event.claim.statement}
                  </Link>
                  <span className="text-xs text-slate-600">
                    {event.claim.claimant && (
                      <>
                        <bdi>{entityName(event.claim.claimant, locale)}</bdi>
                        {" · "}
                      </>
                    )}
                    {tClaims(`type.${event.claim.type}`)}
                  </span>
                </span>
              )}
              {event.source && (
                <span className="flex flex-col">
                  <Link href={`/sources/${event.source.id}`} dir="auto" className="text-brand-800 hover:underline">
                    {event.source.title}
                  </Link>
                  {(event.source.originName || event.source.outlet) && (
                    <span className="text-xs text-slate-600">
                      <bdi>
                        {event.source.originName
                          ? entityName({ name: event.source.originName, arabicName: event.source.originNameAr }, locale)
                          : event.source.outlet}
                      </bdi>
                    </span>
                  )}
                </span>
              )}
            </td>
            <td className="p-2">
              {event.role === "first" && <span className="font-medium">{t("first")}</span>}
              {event.role === "repeat" && event.repeats && (
                <span>
                  {t("repeats")}{" "}
                  {event.repeats.claimant && (
                    <>
                      <bdi>{entityName(event.repeats.claimant, locale)}</bdi>{" "}
                    </>
                  )}
                  <Link href={`/claims/${event.repeats.id}`} className="text-brand-800 hover:underline">
                    {event.repeats.claimedAt
                      ? t("earlierClaimOf", {
                          date: format.dateTime(new Date(event.repeats.claimedAt), { dateStyle: "medium" }),
                        })
                      : t("earlierClaim")}
                  </Link>
                </span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
