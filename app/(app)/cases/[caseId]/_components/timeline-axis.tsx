import { useFormatter, useTranslations } from "next-intl";
import { stackInRows, TIMELINE_KINDS, type TimelineKind } from "@/lib/domain/cases/timeline";
import type { CaseTimelineDto, TimelineEventDto } from "@/lib/server/cases/get-case-timeline";

const ROWS = 4;
const ROW_HEIGHT = 14;
/** Markers closer than this (a fraction of the axis) go on another row. */
const GAP = 0.012;

const MARKER: Record<TimelineKind, string> = {
  claimed: "rounded-full",
  happened: "rotate-45",
  published: "",
};
const BORDER: Record<TimelineKind, string> = {
  claimed: "border-brand-700",
  happened: "border-red-700",
  published: "border-emerald-700",
};
const FILL: Record<TimelineKind, string> = {
  claimed: "bg-brand-700",
  happened: "bg-red-700",
  published: "bg-emerald-700",
};

/**
 * The timeline as a picture: one lane per kind of moment, each marker placed along the shown period
 * from the start edge (so the axis runs right to left in Arabic, through CSS logical insets). It is
 * hidden from screen readers: the list of events below says the same in words.
 */
export function TimelineAxis({ timeline }: { timeline: CaseTimelineDto }) {
  const t = useTranslations("caseTimeline");
  const format = useFormatter();
  if (!timeline.start || !timeline.end) return null;
  const start = new Date(timeline.start).getTime();
  const span = new Date(timeline.end).getTime() - start;
  const at = (iso: string) => (span === 0 ? 0.5 : Math.min(1, Math.max(0, (new Date(iso).getTime() - start) / span)));
  const period =
    timeline.case.eventStart && timeline.case.eventEnd
      ? { from: at(timeline.case.eventStart), to: at(timeline.case.eventEnd) }
      : timeline.case.eventStart
        ? { from: at(timeline.case.eventStart), to: at(timeline.case.eventStart) }
        : null;
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium" });
  const middle = new Date(start + span / 2).toISOString();
  return (
    <div
      aria-hidden
      className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-3"
      data-testid="timeline-axis"
    >
      {TIMELINE_KINDS.map((kind) => {
        const events = timeline.events.filter((event) => event.kind === kind);
        const rows = stackInRows(
          events.map((event) => event.position),
          { rows: ROWS, gap: GAP },
        );
        const height = (Math.max(0, ...rows) + 1) * ROW_HEIGHT + 6;
        return (
          <div key={kind} className="grid grid-cols-[8rem_1fr] items-center gap-2">
            <span className="text-xs text-slate-700">{t(`lanes.${kind}`)}</span>
            <div className="relative border-b border-slate-300" style={{ height }}>
              {kind === "happened" && period && (
                <div
                  className="absolute inset-y-0 rounded bg-red-100"
                  style={{
                    insetInlineStart: `${period.from * 100}%`,
                    width: `max(4px, ${(period.to - period.from) * 100}%)`,
                  }}
                  title={t("casePeriod")}
                />
              )}
              {events.map((event, index) => (
                <Marker
                  key={`${event.kind}-${event.claim?.id ?? event.source?.id}`}
                  event={event}
                  row={rows[index]!}
                  label={`${date(event.at)}: ${t(`kinds.${event.kind}`)}`}
                />
              ))}
            </div>
          </div>
        );
      })}
      <div className="grid grid-cols-[8rem_1fr] gap-2 text-xs text-slate-600">
        <span />
        <div className="flex justify-between">
          <span>{date(timeline.start)}</span>
          {span > 0 && <span>{date(middle)}</span>}
          {span > 0 && <span>{date(timeline.end)}</span>}
        </div>
      </div>
    </div>
  );
}

function Marker({ event, row, label }: { event: TimelineEventDto; row: number; label: string }) {
  // A repeat is hollow: its colour only in the outline.
  const fill = event.role === "repeat" ? "bg-white" : FILL[event.kind];
  const first = event.role === "first" ? "ring-2 ring-amber-400" : "";
  return (
    <span
      className={`absolute size-2.5 -translate-x-1/2 border-2 rtl:translate-x-1/2 ${MARKER[event.kind]} ${BORDER[event.kind]} ${fill} ${first}`}
      style={{ insetInlineStart: `${event.position * 100}%`, top: 3 + row * ROW_HEIGHT }}
      title={label}
      data-kind={event.kind}
      data-role={event.role ?? undefined}
    />
  );
}
