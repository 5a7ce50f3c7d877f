"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import type { ActionResult } from "@/lib/auth/action-result";
import { ROLES, type Role } from "@/lib/auth/permissions";
import type { CreatedInvitationDto } from "@/lib/server/invitations/create-invitation";
import { inviteMemberAction } from "../actions";

/** `pendingIds`: the team's open invitations; a link just made is shown only while it is one of them. */
export function InviteMemberForm({ pendingIds }: { pendingIds: string[] }) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const { feedback, setFeedback, report, fieldError } = useActionFeedback();
  const [lastResult, setLastResult] = useState<ActionResult<CreatedInvitationDto> | null>(null);
  const created = lastResult?.ok && pendingIds.includes(lastResult.data.invitationId) ? lastResult.data : null;

  // onSubmit, not a form action: React resets a form after its action runs, which would
  // throw away what the admin typed whenever the server refuses it.
  function submit(element: HTMLFormElement) {
    const form = new FormData(element);
    const input = { email: String(form.get("email") ?? ""), role: String(form.get("role") ?? "VIEWER") as Role };
    setLastResult(null);
    startTransition(async () => {
      const result = await inviteMemberAction(input);
      setLastResult(result);
      if (result.ok) {
        // The link below says it all; no second success message.
        setFeedback(null);
        element.reset();
        router.refresh();
      } else {
        report(result, "");
      }
    });
  }

  return (
    <div className="flex flex-col gap-4">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit(event.currentTarget);
        }}
        className="grid gap-4 sm:grid-cols-2"
        data-testid="invite-member-form"
      >
        <TextField
          label={t("team.email")}
          name="email"
          type="email"
          dir="ltr"
          maxLength={254}
          required
          error={fieldError(lastResult, "email")}
        />
        <div className="flex flex-col gap-1">
          <label htmlFor="invite-role" className="text-sm font-medium text-slate-800">
            {t("team.role")}
          </label>
          <select
            id="invite-role"
            name="role"
            defaultValue="FACT_CHECKER"
            className="rounded-md border border-slate-400 bg-white px-3 py-2"
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-3 sm:col-span-2">
          {feedback && <Notice tone={feedback.tone}>{feedback.text}</Notice>}
          <Button type="submit" disabled={pending} className="self-start">
            {t("team.invite")}
          </Button>
        </div>
      </form>
      {created && <CreatedLink invitation={created} />}
    </div>
  );
}

/** The link, shown once: only its hash is stored, so this is the admin's one chance to copy it. */
function CreatedLink({ invitation }: { invitation: CreatedInvitationDto }) {
  const t = useTranslations();
  const id = useId();
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<"yes" | "select" | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(invitation.link);
      setCopied("yes");
    } catch {
      // No clipboard (a plain-HTTP address, say): select the link so the admin can copy it by hand.
      field.current?.select();
      setCopied("select");
    }
  }

  return (
    <div
      className="flex flex-col gap-2 rounded-md border border-green-300 bg-green-50 p-4"
      data-testid="invitation-created"
    >
      <p className="text-sm text-green-900">
        {t("team.invitationCreated", { email: invitation.email, role: t(`roles.${invitation.role}`) })}
      </p>
      {invitation.emailed !== null && (
        <p className="text-sm text-green-900" data-testid="invitation-emailed">
          {invitation.emailed ? t("team.invitationEmailed") : t("team.invitationNotEmailed")}
        </p>
      )}
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {t("team.invitationLink")}
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <input
          id={id}
          ref={field}
          value={invitation.link}
          readOnly
          dir="ltr"
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border border-slate-400 bg-white px-3 py-2 font-mono text-sm text-slate-900"
          data-testid="invitation-link"
        />
        <Button variant="secondary" onClick={() => void copy()}>
          {t("team.copyLink")}
        </Button>
      </div>
      <p className="text-xs text-slate-700" role="status">
        {copied === "yes" ? t("team.linkCopied") : copied === "select" ? t("team.linkSelected") : t("team.linkOnce")}
      </p>
    </div>
  );
}
