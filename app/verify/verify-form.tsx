"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { verifyReportAction } from "./actions";

type Outcome = Awaited<ReturnType<typeof verifyReportAction>>;

export function VerifyForm() {
  const t = useTranslations("reports");
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [missing, setMissing] = useState(false);
  const [pending, startTransition] = useTransition();
  return (
    <form
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
      onSubmit={(event) => {
        event.preventDefault();
        const file = new FormData(event.currentTarget).get("file");
        if (!(file instanceof File) || file.size === 0) {
          setMissing(true);
          return;
        }
        setMissing(false);
        startTransition(async () => setOutcome(await verifyReportAction({ text: await file.text() })));
      }}
    >
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t("file")}
        <input type="file" name="file" accept="application/json,.json" className="text-sm" />
      </label>
      <div>
        <Button type="submit" disabled={pending}>
          {t("verify")}
        </Button>
      </div>
      {missing && <Notice tone="error">{t("chooseFile")}</Notice>}
      {outcome && (
        <Notice tone={outcome.ok ? "success" : "error"} testId="verify-result">
          {outcome.ok ? (
            <>
              {t("intact", { signer: outcome.signer, sha256: outcome.sha256 })}{" "}
              {outcome.knownTeam ? t("knownTeam", { team: outcome.knownTeam }) : t("unknownKey")}
            </>
          ) : outcome.reason === "tooLarge" ? (
            t("failed.notAReport")
          ) : (
            t(`failed.${outcome.reason}`)
          )}
        </Notice>
      )}
    </form>
  );
}
