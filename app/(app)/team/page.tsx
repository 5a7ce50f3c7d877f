import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { requireMember } from "@/lib/auth/session";
import { appUrl } from "@/lib/config/env";
import { API_TOKEN_MAX_LIFETIME_DAYS } from "@/lib/domain/api-tokens/token-expiry";
import { rolesWithin } from "@/lib/domain/api-tokens/token-role";
import { listApiTokens } from "@/lib/server/api-tokens/list-api-tokens";
import { listInvitations } from "@/lib/server/invitations/list-invitations";
import { listPublicKeys } from "@/lib/server/reports/list-public-keys";
import { listTeamMembers } from "@/lib/server/teams/list-team-members";
import { ApiTokensSection } from "./_components/api-tokens-section";
import { InviteMemberForm } from "./_components/invite-member-form";
import { MembersTable } from "./_components/members-table";
import { PendingInvitations } from "./_components/pending-invitations";
import { RenameTeamForm } from "./_components/rename-team-form";
import { SigningKeys } from "./_components/signing-keys";
import { FeedLinksSection } from "./_components/feed-links-section";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("team"))("title") };
}

export default async function TeamPage() {
  const member = await requireMember();
  if (!can(member, "member.manage")) notFound();
  const members = await listTeamMembers(member);
  const invitations = await listInvitations(member);
  const keys = await listPublicKeys({ teamId: member.teamId });
  const apiTokens = can(member, "apiToken.manage") ? await listApiTokens(member) : null;
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
        {can(member, "tag.manage") && (
          <Link href="/team/tags" className="self-start text-sm font-medium text-brand-800 hover:underline">
            {tNav("tags")}
          </Link>
        )}
        {can(member, "webhook.manage") && (
          <Link href="/team/webhooks" className="self-start text-sm font-medium text-brand-800 hover:underline">
            {tNav("webhooks")}
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
      {apiTokens && (
        <ApiTokensSection tokens={apiTokens} roles={rolesWithin(member.role)} expiryRange={apiTokenExpiryRange()} />
      )}
      <FeedLinksSection member={member} />
      <SigningKeys keys={keys} keysUrl={appUrl("/api/public/keys")} canRotate={can(member, "signingKey.rotate")} />
    </div>
  );
}

/** The expiry dates the form offers: today (the token works through it) to the longest lifetime, UTC. */
function apiTokenExpiryRange(): { min: string; max: string } {
  const now = Date.now();
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return { min: day(now), max: day(now + (API_TOKEN_MAX_LIFETIME_DAYS - 1) * 24 * 60 * 60 * 1000) };
}
