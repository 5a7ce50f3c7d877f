"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import { ROLES, type Role } from "@/lib/auth/permissions";
import type { TeamMemberDto } from "@/lib/server/teams/member-dto";
import { resetPasswordAction, setMemberDisabledAction, setMemberRoleAction } from "../actions";

export function MembersTable({ members, currentUserId }: { members: TeamMemberDto[]; currentUserId: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const { feedback, report } = useActionFeedback();
  const [resettingId, setResettingId] = useState<string | null>(null);

  function run(action: () => Promise<Parameters<typeof report>[0]>, success: string) {
    startTransition(async () => {
      if (report(await action(), success)) {
        setResettingId(null);
        router.refresh();
      }
    });
  }

  return (
    <div className="flex flex-col gap-3">
      {feedback && (
        <Notice tone={feedback.tone} testId="members-feedback">
          {feedback.text}
        </Notice>
      )}
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-start text-sm" data-testid="members-table">
          <thead className="bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2 text-start">
                {t("team.name")}
              </th>
              <th scope="col" className="px-3 py-2 text-start">
                {t("team.email")}
              </th>
              <th scope="col" className="px-3 py-2 text-start">
                {t("team.role")}
              </th>
              <th scope="col" className="px-3 py-2 text-start">
                {t("team.status")}
              </th>
              <th scope="col" className="px-3 py-2 text-start">
                {t("team.actions")}
              </th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr
                key={m.membershipId}
                className="border-t border-slate-200 align-top"
                data-testid={`member-${m.email}`}
              >
                <th scope="row" className="px-3 py-2 text-start font-medium">
                  {m.name} {m.userId === currentUserId && <span className="text-slate-500">({t("team.you")})</span>}
                </th>
                <td className="px-3 py-2" dir="ltr">
                  {m.email}
                </td>
                <td className="px-3 py-2">
                  <select
                    aria-label={t("team.changeRoleOf", { name: m.name })}
                    value={m.role}
                    disabled={pending}
                    onChange={(event) => {
                      const role = event.target.value as Role;
                      run(
                        () => setMemberRoleAction({ membershipId: m.membershipId, role, version: m.version }),
                        t("team.roleChanged", { name: m.name, role: t(`roles.${role}`) }),
                      );
                    }}
                    className="rounded-md border border-slate-400 bg-white px-2 py-1"
                  >
                    {ROLES.map((role) => (
                      <option key={role} value={role}>
                        {t(`roles.${role}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="px-3 py-2">{m.disabled ? t("team.disabled") : t("team.active")}</td>
                <td className="px-3 py-2">
                  <div className="flex flex-wrap gap-2">
                    <Button
                      variant={m.disabled ? "secondary" : "danger"}
                      disabled={pending}
                      onClick={() =>
                        run(
                          () =>
                            setMemberDisabledAction({
                              membershipId: m.membershipId,
                              disabled: !m.disabled,
                              version: m.version,
                            }),
                          t(m.disabled ? "team.enabledDone" : "team.disabledDone", { name: m.name }),
                        )
                      }
                    >
                      {m.disabled ? t("team.enable") : t("team.disable")}
                    </Button>
                    <Button
                      variant="secondary"
                      disabled={pending}
                      aria-expanded={resettingId === m.membershipId}
                      onClick={() => setResettingId(resettingId === m.membershipId ? null : m.membershipId)}
                    >
                      {t("team.resetPassword")}
                    </Button>
                  </div>
                  {resettingId === m.membershipId && (
                    <form
                      className="mt-3 flex flex-wrap items-end gap-2"
                      action={(form) =>
                        run(
                          () =>
                            resetPasswordAction({
                              membershipId: m.membershipId,
                              password: String(form.get("password") ?? ""),
                            }),
                          t("team.passwordReset", { name: m.name }),
                        )
                      }
                    >
                      <TextField
                        label={t("team.newPassword")}
                        name="password"
                        type="password"
                        autoComplete="new-password"
                        dir="ltr"
                        minLength={8}
                        required
                        hint={t("team.passwordHint")}
                      />
                      <Button type="submit" disabled={pending}>
                        {t("team.save")}
                      </Button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
