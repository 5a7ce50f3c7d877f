import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { requireMember } from "@/lib/auth/session";
import { appUrl } from "@/lib/config/env";
import { listInvitations } from "@/lib/server/invitations/list-invitations";
import { listPublicKeys } from "@/lib/server/reports/list-public-keys";
import { listTeamMembers } from "@/lib/server/teams/list-team-members";
import { InviteMemberForm } from "./_components/invite-member-form";
import { MembersTable } from "./_components/members-table";
import { PendingInvitations } from "./_components/pending-invitations";
import { RenameTeamForm } from "./_components/rename-team-form";
import { SigningKeys } from "./_components/signing-keys";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("team"))("title") };
}

export default async function TeamPage() {
  const member = await requireMember();
  if (!can(member, "member.manage")) notFound();
  const members = await listTeamMembers(member);
  const invitations = await listInvitations(member);
  const keys = await listPublicKeys({ teamId: member.teamId });
  const t = await getTranslations("team");
  const tNav = await getTranslations("nav");

  return (
    <div className="flex flex-col gap-8">
      <section aria-labelledby="members-heading" className="flex flex-col gap-3">
        <h1 id="members-heading" className="text-2xl font-semibold">
          {t("title")}
        </h1>
        <p className="text-slate-600">{t("intro", { team: member.teamName })}</p>
        {can(member, "scale.manage") && (
          <Link href="/team/scale" className="self-start text-sm font-medium text-brand-800 hover:underline">
            {tNav("scale")}
          </Link>
        )}
        <MembersTable members={members} currentUserId={member.userId} />
      </section>
      <section
        aria-labelledby="invite-heading"
        className="flex max-w-3xl flex-col gap-6 rounded-lg border border-slate-200 bg-white p-6"
      >
        <div>
          <h2 id="invite-heading" className="mb-1 text-lg font-semibold">
            {t("inviteTitle")}
          </h2>
          <p className="text-sm text-slate-600">{t("inviteHint")}</p>
        </div>
        <InviteMemberForm pendingIds={invitations.map((invitation) => invitation.invitationId)} />
        <PendingInvitations invitations={invitations} />
      </section>
      {can(member, "team.rename") && (
        <section
          aria-labelledby="team-name-heading"
          className="max-w-xl rounded-lg border border-slate-200 bg-white p-6"
        >
          <h2 id="team-name-heading" className="mb-1 text-lg font-semibold">
            {t("nameTitle")}
          </h2>
          <p className="mb-4 text-sm text-slate-600">{t("nameHint")}</p>
          <RenameTeamForm currentName={member.teamName} />
        </section>
      )}
      <SigningKeys keys={keys} keysUrl={appUrl("/api/public/keys")} canRotate={can(member, "signingKey.rotate")} />
    </div>
  );
}
