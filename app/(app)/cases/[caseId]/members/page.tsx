import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { requireMember } from "@/lib/auth/session";
import { listCaseMembers } from "@/lib/server/cases/list-case-members";
import { CaseMembersEditor } from "./_components/case-members-editor";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cases"))("members.title") };
}

export default async function CaseMembersPage({ params }: { params: Promise<{ caseId: string }> }) {
  const member = await requireMember();
  const { caseId } = await params;
  const members = await listCaseMembers(member, caseId);
  if (!members) notFound();
  return <CaseMembersEditor caseId={caseId} members={members} canManage={can(member, "case.manage")} />;
}
