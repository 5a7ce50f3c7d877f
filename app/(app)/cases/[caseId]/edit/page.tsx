import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { requireMember } from "@/lib/auth/session";
import { getCase } from "@/lib/server/cases/get-case";
import { listTeamPeople } from "@/lib/server/teams/list-team-people";
import { CaseForm } from "../../_components/case-form";
import { DeleteCase } from "./_components/delete-case";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cases"))("editTitle") };
}

export default async function EditCasePage({ params }: { params: Promise<{ caseId: string }> }) {
  const member = await requireMember();
  if (!can(member, "case.manage")) notFound();
  const { caseId } = await params;
  const [header, people] = await Promise.all([getCase(member, caseId), listTeamPeople(member)]);
  if (!header) notFound();
  const t = await getTranslations("cases");
  const { id, title, summary, leadId, eventStart, eventEnd, places, version } = header;
  return (
    <section aria-labelledby="edit-case-heading" className="flex flex-col gap-4">
      <h2 id="edit-case-heading" className="text-xl font-semibold">
        {t("editTitle")}
      </h2>
      <CaseForm people={people} initial={{ id, title, summary, leadId, eventStart, eventEnd, places, version }} />
      {can(member, "case.delete") && <DeleteCase caseId={id} title={title} />}
    </section>
  );
}
