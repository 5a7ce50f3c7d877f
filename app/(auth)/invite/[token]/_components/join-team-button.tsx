"use client";

import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import { acceptInvitationAction } from "../actions";

export function JoinTeamButton({ token, teamName }: { token: string; teamName: string }) {
  const t = useTranslations("invite");
  const [pending, startTransition] = useTransition();
  const { feedback, report } = useActionFeedback();

  return (
    <div className="flex flex-col gap-3">
      {feedback && (
        <Notice tone={feedback.tone} testId="invite-feedback">
          {feedback.text}
        </Notice>
      )}
      <Button
        disabled={pending}
        className="self-start"
        onClick={() =>
          startTransition(async () => {
            // On success the action redirects into the team; only a refusal comes back.
            report(await acceptInvitationAction({ token }), "");
          })
        }
      >
        {t("join", { team: teamName })}
      </Button>
    </div>
  );
}
