import { getTranslations } from "next-intl/server";
import { chromiumAvailable } from "@/lib/export/pdf";
import { REPORT_FORMAT_CHOICES, type TClaimSet } from "@/lib/schemas/report-sets";
import { ReportExport } from "./report-export";

/**
 * "Report of these claims": the report of what a page selected (a search with its filters, a
 * claimant's claims), prepared in the background in any format. Only for members who may export.
 */
export async function SelectionReport({ set, canExport }: { set: TClaimSet; canExport: boolean }) {
  if (!canExport) return null;
  const t = await getTranslations("reports");
  const pdf = chromiumAvailable();
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-3" data-testid="selection-report">
      <summary className="cursor-pointer font-medium">{t("selectionTitle")}</summary>
      <div className="mt-3">
        <ReportExport
          set={set}
          hint={t("selectionHint")}
          formats={REPORT_FORMAT_CHOICES.filter((format) => pdf || format !== "pdf")}
        />
      </div>
    </details>
  );
}
