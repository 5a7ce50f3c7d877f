import { labelName } from "@/lib/domain/ratings/rating-scale";
import type { VerdictRef } from "@/lib/server/claims/claim-dto";

/** A verdict in its team colour, with text (colour is never the only signal). */
export function VerdictBadge({
  verdict,
  locale,
}: {
  verdict: Pick<VerdictRef, "name" | "nameAr" | "color" | "key">;
  locale: string;
}) {
  return (
    <span
      className="inline-flex items-center gap-1.5 rounded border border-slate-300 bg-white px-1.5 py-0.5 text-xs font-semibold text-slate-900"
      data-testid="verdict"
      data-verdict={verdict.key}
    >
      <span aria-hidden className="inline-block size-2.5 rounded-full" style={{ backgroundColor: verdict.color }} />
      {labelName(verdict, locale)}
    </span>
  );
}
