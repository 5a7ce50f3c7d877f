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
      {outcome && <VerifyOutcome outcome={outcome} />}
    </form>
  );
}

/** Green only for a key this server publishes; any other valid signature names no one, in amber. */
function VerifyOutcome({ outcome }: { outcome: Outcome }) {
  const t = useTranslations("reports");
  if (!outcome.ok)
    return (
      <Notice tone="error" testId="verify-result">
        {t(`failed.${outcome.reason === "tooLarge" ? "notAReport" : outcome.reason}`)}
      </Notice>
    );
  const trusted = outcome.trust !== "unknown";
  return (
    <Notice tone={trusted ? "success" : "warning"} testId="verify-result">
      {t("intact", { sha256: outcome.sha256 })}{" "}
      {trusted
        ? t("signedByTeam", { team: outcome.team.name, fingerprint: outcome.fingerprint })
        : t("signedByUnknownKey", { fingerprint: outcome.fingerprint })}
    </Notice>
  );
}
