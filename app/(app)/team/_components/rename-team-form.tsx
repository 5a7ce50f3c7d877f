"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import type { ActionResult } from "@/lib/auth/action-result";
import { TEAM_NAME_MAX_LENGTH } from "@/lib/schemas/teams";
import { renameTeamAction } from "../actions";

export function RenameTeamForm({ currentName }: { currentName: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const { feedback, report, fieldError } = useActionFeedback();
  const [lastResult, setLastResult] = useState<ActionResult<unknown> | null>(null);
  const nameTaken = lastResult?.ok === false && lastResult.details?.reason === "teamNameTaken";

  // onSubmit rather than a form action, so a refused name stays in the field (see InviteMemberForm).
  function submit(form: FormData) {
    startTransition(async () => {
      const result = await renameTeamAction({ name: String(form.get("name") ?? "") });
      setLastResult(result);
      const success = result.ok ? t("team.renamed", { name: result.data.name }) : "";
      if (report(result, success)) router.refresh();
    });
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit(new FormData(event.currentTarget));
      }}
      className="flex flex-col gap-3"
      data-testid="rename-team-form"
    >
      <TextField
        label={t("team.teamName")}
        name="name"
        defaultValue={currentName}
        required
        maxLength={TEAM_NAME_MAX_LENGTH}
        error={fieldError(lastResult, "name") ?? (nameTaken ? t("errors.teamNameTaken") : undefined)}
      />
      {feedback && (
        <Notice tone={feedback.tone} testId="rename-team-feedback">
          {feedback.text}
        </Notice>
      )}
      <Button type="submit" disabled={pending} className="self-start">
        {t("team.rename")}
      </Button>
    </form>
  );
}
