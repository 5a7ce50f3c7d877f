"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import type { InvitationDto } from "@/lib/server/invitations/list-invitations";
import { revokeInvitationAction } from "../actions";

export function PendingInvitations({ invitations }: { invitations: InvitationDto[] }) {
  const t = useTranslations();
  const format = useFormatter();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const { feedback, report } = useActionFeedback();

  function revoke(invitation: InvitationDto) {
    startTransition(async () => {
      const result = await revokeInvitationAction({ invitationId: invitation.invitationId });
      if (report(result, t("team.invitationRevoked", { email: invitation.email }))) router.refresh();
    });
  }

  return (
    <div className="flex flex-col gap-3">
      <h3 className="text-base font-semibold">{t("team.pendingTitle")}</h3>
      {feedback && (
        <Notice tone={feedback.tone} testId="invitations-feedback">
          {feedback.text}
        </Notice>
      )}
      {invitations.length === 0 ? (
        <p className="text-sm text-slate-600">{t("team.noPending")}</p>
      ) : (
        <ul
          className="flex flex-col divide-y divide-slate-200 rounded-md border border-slate-200"
          data-testid="pending-invitations"
        >
          {invitations.map((invitation) => (
            <li
              key={invitation.invitationId}
              className="flex flex-wrap items-center gap-x-4 gap-y-1 px-3 py-2 text-sm"
              data-testid={`invitation-${invitation.email}`}
            >
              <span className="font-medium" dir="ltr">
                {invitation.email}
              </span>
              <span>{t(`roles.${invitation.role}`)}</span>
              <span className="text-slate-600">
                {t("team.invitationExpires", {
                  date: format.dateTime(new Date(invitation.expiresAt), { dateStyle: "medium", timeStyle: "short" }),
                })}
              </span>
              {invitation.invitedByName && (
                <span className="text-slate-600">{t("team.invitedBy", { name: invitation.invitedByName })}</span>
              )}
              <Button
                variant="danger"
                disabled={pending}
                className="ms-auto"
                aria-label={t("team.revokeInvitationOf", { email: invitation.email })}
                onClick={() => revoke(invitation)}
              >
                {t("team.revokeInvitation")}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
