import { useFormatter, useTranslations } from "next-intl";

/**
 * "Figures as of 30 Nov 2026, 02:15 (3 minutes ago)": stored figures say when they were counted.
 * The relative time is measured from `now`, the moment of the view, never from the clock at render.
 */
export function FiguresAsOf({ asOf, now }: { asOf: string; now: string }) {
  const t = useTranslations("dashboard");
  const format = useFormatter();
  const at = new Date(asOf);
  return (
    <p className="text-sm text-slate-600" data-testid="dashboard-as-of">
      {t.rich("asOf", {
        time: () => <time dateTime={asOf}>{format.dateTime(at, { dateStyle: "medium", timeStyle: "short" })}</time>,
        ago: format.relativeTime(at, new Date(now)),
      })}
    </p>
  );
}
