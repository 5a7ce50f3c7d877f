"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import type { ActionResult } from "@/lib/auth/action-result";
import type { TCaseMembershipInput } from "@/lib/schemas/cases";
import type { CaseItemKind, CasesOf } from "@/lib/server/cases/list-cases-of";

/**
 * The cases an article, claim or source is in, as links, and (for those who manage cases) a
 * select and a button to add it to another. Loaded after the page, through the action, so the
 * page's own statements stay within its budget.
 */
export function CasesOfItem({
  kind,
  id,
  canManage,
  load,
  add,
}: {
  kind: CaseItemKind;
  id: string;
  canManage: boolean;
  load: (input: { kind: CaseItemKind; id: string }) => Promise<ActionResult<CasesOf>>;
  add: (input: TCaseMembershipInput) => Promise<ActionResult<{ added: boolean }>>;
}) {
  const t = useTranslations("cases.ofItem");
  const headingId = useId();
  const { feedback, report } = useActionFeedback();
  const [cases, setCases] = useState<CasesOf | null>(null);
  const [failed, setFailed] = useState(false);
  const [caseId, setCaseId] = useState("");
  const [pending, setPending] = useState(false);

  function show(result: ActionResult<CasesOf>) {
    if (result.ok) setCases(result.data);
    else setFailed(true);
  }

  useEffect(() => {
    let current = true;
    void load({ kind, id }).then((result) => {
      if (current) show(result);
    });
    return () => {
      current = false;
    };
  }, [load, kind, id]);

  const choices = cases ? cases.choices.filter((choice) => !cases.in.some((one) => one.id === choice.id)) : [];

  async function submit() {
    if (!caseId) return;
    setPending(true);
    const result = await add({ caseId, member: { kind, id } });
    setPending(false);
    if (report(result, t("added"))) {
      setCaseId("");
      show(await load({ kind, id }));
    }
  }

  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-3 text-sm"
      data-testid="cases-of-item"
    >
      <h2 id={headingId} className="font-semibold">
        {t("title")}
      </h2>
      {failed ? (
        <p className="text-red-700">{t("failed")}</p>
      ) : !cases ? (
        <p className="text-slate-600">{t("loading")}</p>
      ) : cases.in.length === 0 ? (
        <p className="text-slate-600">{t("none")}</p>
      ) : (
        <ul className="flex flex-wrap gap-2">
          {cases.in.map((one) => (
            <li key={one.id}>
              <Link href={`/cases/${one.id}`} className="text-brand-800 underline underline-offset-2" dir="auto">
                {one.title}
              </Link>
              {one.via === "article" && <span className="text-slate-600"> ({t("viaArticle")})</span>}
            </li>
          ))}
        </ul>
      )}
      {canManage && cases && choices.length > 0 && (
        <div className="flex flex-wrap items-end gap-2">
          <label className="flex flex-col gap-1 font-medium">
            {t("choose")}
            <select
              value={caseId}
              onChange={(event) => setCaseId(event.target.value)}
              className="max-w-72 rounded-md border border-slate-400 bg-white px-2 py-1.5 font-normal"
            >
              <option value="">{t("pick")}</option>
              {choices.map((choice) => (
                <option key={choice.id} value={choice.id}>
                  {choice.title}
                </option>
              ))}
            </select>
          </label>
          <Button variant="secondary" disabled={pending || !caseId} onClick={submit}>
            {t("add")}
          </Button>
        </div>
      )}
      {feedback && <Notice tone={feedback.tone}>{feedback.text}</Notice>}
    </section>
  );
}
