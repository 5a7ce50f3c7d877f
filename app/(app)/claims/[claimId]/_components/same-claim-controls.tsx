"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextAreaField } from "@/components/ui/text-area-field";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import type { ClaimDto } from "@/lib/server/claims/claim-dto";
import { linkSameClaimAction } from "../actions";

/**
 * "Same claim": on a claim seen elsewhere, records that this claim repeats it, with a note,
 * and (when it has one) takes over its verdict instead of checking it again.
 */
export function LinkSameClaim({
  claim,
  target,
  canCarry,
}: {
  claim: Pick<ClaimDto, "id" | "version">;
  target: { id: string; verdictName: string | null };
  canCarry: boolean;
}) {
  const t = useTranslations("sameClaim");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const { feedback, report } = useActionFeedback();

  function submit(form: FormData) {
    startTransition(async () => {
      const result = await linkSameClaimAction({
        claimId: claim.id,
        version: claim.version,
        sameAsId: target.id,
        carryVerdict: form.get("carry") === "on",
        note: String(form.get("note") ?? ""),
      });
      if (report(result, t("linked"))) router.refresh();
    });
  }

  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-brand-800 hover:underline">{t("link")}</summary>
      <form action={submit} className="mt-2 flex flex-col gap-2 rounded-md border border-slate-200 p-3">
        <TextAreaField name="note" label={t("note")} hint={t("noteHint")} rows={2} maxLength={2000} />
        {target.verdictName && canCarry && (
          <label className="flex items-center gap-2">
            <input type="checkbox" name="carry" defaultChecked />
            {t("carry", { verdict: target.verdictName })}
          </label>
        )}
        <Button type="submit" disabled={pending} className="self-start">
          {t("confirm")}
        </Button>
        {feedback && <Notice tone={feedback.tone}>{feedback.text}</Notice>}
      </form>
    </details>
  );
}

/** The link as it stands, with the way back. */
export function SameAsBanner({
  claim,
  canUnlink,
}: {
  claim: Pick<ClaimDto, "id" | "version" | "sameAs">;
  canUnlink: boolean;
}) {
  const t = useTranslations("sameClaim");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const { feedback, report } = useActionFeedback();
  if (!claim.sameAs) return null;
  const sameAs = claim.sameAs;

  function unlink() {
    startTransition(async () => {
      const result = await linkSameClaimAction({
        claimId: claim.id,
        version: claim.version,
        sameAsId: null,
        carryVerdict: false,
        note: "",
      });
      if (report(result, t("unlinked"))) router.refresh();
    });
  }

  return (
    <section
      aria-labelledby="same-as-heading"
      className="flex flex-col gap-1 rounded-lg border border-sky-200 bg-sky-50 p-4 text-sm"
      data-testid="same-as"
    >
      <h2 id="same-as-heading" className="font-semibold text-sky-950">
        {t("sameAs")}
      </h2>
      <Link href={`/claims/${sameAs.id}`} dir="auto" className="text-brand-800 hover:underline">
        {sameAs.statement}
      </Link>
      <span className="text-xs text-slate-700" dir="auto">
        {sameAs.articleTitle}
      </span>
      {sameAs.note && (
        <p className="text-slate-800" dir="auto">
          {sameAs.note}
        </p>
      )}
      {canUnlink && (
        <Button variant="secondary" onClick={unlink} disabled={pending} className="self-start">
          {t("unlink")}
        </Button>
      )}
      {feedback && <Notice tone={feedback.tone}>{feedback.text}</Notice>}
    </section>
  );
}
