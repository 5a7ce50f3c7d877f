"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import { deleteCaseAction } from "../../../actions";

/** Deletes the case after a second, explicit confirmation; its articles, claims and sources stay. */
export function DeleteCase({ caseId, title }: { caseId: string; title: string }) {
  const t = useTranslations("cases");
  const router = useRouter();
  const { feedback, report } = useActionFeedback();
  const [asking, setAsking] = useState(false);
  const [pending, setPending] = useState(false);

  async function confirm() {
    setPending(true);
    const result = await deleteCaseAction({ caseId });
    setPending(false);
    if (report(result, t("deleted"))) {
      router.push("/cases");
      router.refresh();
    }
  }

  return (
    <section
      aria-labelledby="delete-case-heading"
      className="flex max-w-2xl flex-col gap-2 border-t border-slate-200 pt-4"
    >
      <h3 id="delete-case-heading" className="text-lg font-semibold">
        {t("deleteTitle")}
      </h3>
      <p className="text-sm text-slate-600">{t("deleteIntro")}</p>
      {asking ? (
        <div role="group" aria-label={t("deleteConfirmLabel")} className="flex flex-col gap-2">
          <p className="font-medium">{t("deleteConfirm", { title })}</p>
          <div className="flex gap-2">
            <Button variant="danger" disabled={pending} onClick={confirm} autoFocus>
              {t("deleteYes")}
            </Button>
            <Button variant="secondary" onClick={() => setAsking(false)}>
              {t("cancel")}
            </Button>
          </div>
        </div>
      ) : (
        <div>
          <Button variant="danger" onClick={() => setAsking(true)}>
            {t("delete")}
          </Button>
        </div>
      )}
      {feedback && <Notice tone={feedback.tone}>{feedback.text}</Notice>}
    </section>
  );
}
