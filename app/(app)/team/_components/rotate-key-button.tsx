"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import { rotateSigningKeyAction } from "../actions";

export function RotateKeyButton() {
  const t = useTranslations("team");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const { feedback, report } = useActionFeedback();
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm text-slate-600">{t("rotateHint")}</p>
      <Button
        type="button"
        variant="secondary"
        disabled={pending}
        className="self-start"
        onClick={() =>
          startTransition(async () => {
            const result = await rotateSigningKeyAction({});
            const success = result.ok ? t("keyRotated", { fingerprint: result.data.fingerprint }) : "";
            if (report(result, success)) router.refresh();
          })
        }
      >
        {t("rotateKey")}
      </Button>
      {feedback && (
        <Notice tone={feedback.tone} testId="rotate-key-feedback">
          {feedback.text}
        </Notice>
      )}
    </div>
  );
}
