import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { requireMember } from "@/lib/auth/session";
import { listTeamPeople } from "@/lib/server/teams/list-team-people";
import { CaseForm } from "../_components/case-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cases"))("newTitle") };
}

export default async function NewCasePage() {
  const member = await requireMember();
  if (!can(member, "case.manage")) notFound();
  const people = await listTeamPeople(member);
  const t = await getTranslations("cases");
  return (
    <section aria-labelledby="new-case-heading" className="flex flex-col gap-4">
      <h1 id="new-case-heading" className="text-2xl font-semibold">
        {t("newTitle")}
      </h1>
      <p className="text-slate-600">{t("newIntro")}</p>
      <CaseForm people={people} />
    </section>
  );
}
