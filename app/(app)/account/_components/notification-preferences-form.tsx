"use client";

import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import { NOTIFICATION_KINDS, type TNotificationKind } from "@/lib/domain/notifications/notice-recipients";
import { saveNotificationPreferencesAction } from "../actions";

/** A checkbox per kind of notification: ticked means "tell me". What is unticked is saved as muted. */
export function NotificationPreferencesForm({ muted }: { muted: TNotificationKind[] }) {
  const t = useTranslations("account");
  const [pending, startTransition] = useTransition();
  const { feedback, report } = useActionFeedback();
  return (
    <form
      className="flex flex-col gap-4"
      data-testid="notification-preferences"
      onSubmit={(event) => {
        event.preventDefault();
        const told = new FormData(event.currentTarget).getAll("notify").map(String);
        const input = { muted: NOTIFICATION_KINDS.filter((kind) => !told.includes(kind)) };
        startTransition(async () => {
          report(await saveNotificationPreferencesAction(input), t("notificationsSaved"));
        });
      }}
    >
      <fieldset className="flex flex-col gap-2">
        <legend className="sr-only">{t("notificationsTitle")}</legend>
        {NOTIFICATION_KINDS.map((kind) => (
          <label key={kind} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name="notify"
              value={kind}
              defaultChecked={!muted.includes(kind)}
              className="size-4 accent-brand-700"
            />
            {t(`notificationKinds.${kind}`)}
          </label>
        ))}
      </fieldset>
      {feedback && (
        <Notice tone={feedback.tone} testId="notification-preferences-feedback">
          {feedback.text}
        </Notice>
      )}
      <Button type="submit" disabled={pending} className="self-start">
        {t("saveNotifications")}
      </Button>
    </form>
  );
}
