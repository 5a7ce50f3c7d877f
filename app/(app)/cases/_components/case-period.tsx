import { getFormatter, getTranslations } from "next-intl/server";

/** A case's event period in the reader's language: "3–5 Oct 2025", "from 3 Oct 2025", or nothing known. */
export async function CasePeriod({ start, end }: { start: string | null; end: string | null }) {
  const t = await getTranslations("cases");
  const format = await getFormatter();
  const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
  const options = { dateStyle: "medium", timeZone: "UTC" } as const;
  if (start && end) return <>{format.dateTimeRange(day(start), day(end), options)}</>;
  if (start) return <>{t("periodFrom", { date: format.dateTime(day(start), options) })}</>;
  if (end) return <>{t("periodUntil", { date: format.dateTime(day(end), options) })}</>;
  return <>{t("periodUnknown")}</>;
}
