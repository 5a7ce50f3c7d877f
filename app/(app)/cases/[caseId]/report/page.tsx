import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ReportExport } from "@/components/reports/report-export";
import { REPORT_FORMAT_CHOICES } from "@/lib/schemas/report-sets";
import { appUrl } from "@/lib/config/env";
import { can } from "@/lib/auth/permissions";
import { requireMember } from "@/lib/auth/session";
import { listCaseLinks } from "@/lib/server/cases/case-links";
import { getCase } from "@/lib/server/cases/get-case";
import { getCaseEdition } from "@/lib/server/cases/get-case-edition";
import { chromiumAvailable } from "@/lib/export/pdf";
import { CaseEditionPanel } from "./_components/case-edition-panel";

type Params = Promise<{ caseId: string }>;

/** The case's report in every format, and its public edition and links (editors publish, four eyes). */
export default async function CaseReportPage({ params }: { params: Params }) {
  const member = await requireMember();
  const { caseId } = await params;
  const header = await getCase(member, caseId);
  if (!header) notFound();
  const [edition, links] = await Promise.all([getCaseEdition(member, { caseId }), listCaseLinks(member, { caseId })]);
  const t = await getTranslations("caseReport");
  const pdf = chromiumAvailable();
  return (
    <div className="flex flex-col gap-4">
      {can(member, "report.export") && (
        <section aria-labelledby="case-export" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="case-export" className="mb-2 text-lg font-semibold">
            {t("exportTitle")}
          </h2>
          <ReportExport
            set={{ kind: "case", caseId }}
            hint={t("exportHint")}
            formats={REPORT_FORMAT_CHOICES.filter((format) => pdf || format !== "pdf")}
          />
        </section>
      )}
      <CaseEditionPanel
        caseId={caseId}
        edition={edition}
        links={links}
        canPublish={can(member, "report.publishLink")}
        publicBaseUrl={appUrl()}
      />
    </div>
  );
}
