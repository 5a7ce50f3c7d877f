import { getTranslations } from "next-intl/server";
import { claimDetailFields } from "@/lib/domain/claims/claim-detail-fields";

/**
 * The claim's structured fields (casualty figures, accusation, promise) as a labelled list, the
 * same list the reports carry; nothing when the type has none or they are all empty.
 */
export async function ClaimDetailList({ details }: { details: unknown }) {
  const fields = claimDetailFields(details);
  if (!fields.length) return null;
  const t = await getTranslations();
  const tPage = await getTranslations("claimPage");
  const term = (key: string) => (t.has(key as never) ? t(key as never) : key);
  return (
    <section aria-labelledby="claim-details-heading" className="flex flex-col gap-1" data-testid="claim-details">
      <h2 id="claim-details-heading" className="text-sm font-semibold text-slate-700">
        {tPage("detailsHeading")}
      </h2>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        {fields.map(({ label, value }) => (
          <div key={label} className="contents">
            <dt className="text-slate-600">{term(label)}</dt>
            <dd>
              {value.kind === "term" ? term(value.key) : <bdi dir={value.ltr ? "ltr" : "auto"}>{value.text}</bdi>}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
