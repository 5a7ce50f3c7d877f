"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { LookupCombobox } from "@/components/ui/lookup-combobox";
import { Notice } from "@/components/ui/notice";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import type { ActionResult } from "@/lib/auth/action-result";
import type { TCaseMember } from "@/lib/schemas/cases";
import type { CaseMembers } from "@/lib/server/cases/list-case-members";
import { addToCaseAction, removeFromCaseAction } from "../../../actions";

/**
 * The case's own articles, chosen claims and listed sources, each removable, and forms to add
 * more (an article with all its claims or only chosen ones, a source), for those who manage cases.
 */
export function CaseMembersEditor({
  caseId,
  members,
  canManage,
}: {
  caseId: string;
  members: CaseMembers;
  canManage: boolean;
}) {
  const t = useTranslations("cases.members");
  const router = useRouter();
  const { feedback, report } = useActionFeedback();
  const [pending, setPending] = useState(false);
  // Remounts the add forms after a success, so their pickers start empty.
  const [round, setRound] = useState(0);

  async function change(kind: "add" | "remove", member: TCaseMember, success: string) {
    setPending(true);
    const result: ActionResult<unknown> =
      kind === "add" ? await addToCaseAction({ caseId, member }) : await removeFromCaseAction({ caseId, member });
    setPending(false);
    if (report(result, success)) {
      setRound((value) => value + 1);
      router.refresh();
    }
  }

  function addArticle(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const id = String(data.get("articleId") ?? "");
    if (!id) return report({ ok: false, code: "VALIDATION", details: { reason: "chooseArticle" } }, "");
    void change("add", { kind: "article", id, allClaims: data.get("allClaims") === "all" }, t("articleAdded"));
  }

  function addSource(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const id = String(new FormData(event.currentTarget).get("sourceId") ?? "");
    if (!id) return report({ ok: false, code: "VALIDATION", details: { reason: "chooseSource" } }, "");
    void change("add", { kind: "source", id }, t("sourceAdded"));
  }

  const more = (total: number, shown: number) =>
    total > shown ? <p className="text-sm text-slate-600">{t("more", { count: total - shown })}</p> : null;
  const section = "flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4";
  const link = "text-brand-800 underline-offset-2 hover:underline";

  return (
    <div className="flex flex-col gap-4">
      <h2 className="text-xl font-semibold">{t("title")}</h2>
      <p className="text-slate-600">{t("intro")}</p>
      {feedback && <Notice tone={feedback.tone}>{feedback.text}</Notice>}

      <section aria-labelledby="case-articles" className={section}>
        <h3 id="case-articles" className="text-lg font-semibold">
          {t("articles", { count: members.articlesTotal })}
        </h3>
        {members.articles.length === 0 ? (
          <p className="text-slate-600">{t("noArticles")}</p>
        ) : (
          <ul className="flex flex-col gap-3" data-testid="case-articles">
            {members.articles.map((article) => {
              const choices = members.claimChoices.filter((claim) => claim.articleId === article.id);
              return (
                <li key={article.id} className="flex flex-col gap-2 border-t border-slate-100 pt-2 first:border-0">
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <div>
                      <Link href={`/articles/${article.id}`} className={link} dir={article.direction}>
                        {article.title}
                      </Link>
                      <p className="text-sm text-slate-600">{article.allClaims ? t("allClaims") : t("chosenClaims")}</p>
                    </div>
                    {canManage && (
                      <Button
                        variant="danger"
                        disabled={pending}
                        onClick={() => change("remove", { kind: "article", id: article.id }, t("removed"))}
                      >
                        {t("removeArticle", { title: article.title })}
                      </Button>
                    )}
                  </div>
                  {!article.allClaims && canManage && choices.length > 0 && (
                    <ul className="flex flex-col gap-1 ps-4" aria-label={t("claimsToChoose", { title: article.title })}>
                      {choices.map((claim) => (
                        <li key={claim.id} className="flex flex-wrap items-center justify-between gap-2 text-sm">
                          <span dir="auto">{claim.statement}</span>
                          <Button
                            variant="secondary"
                            disabled={pending}
                            aria-pressed={claim.chosen}
                            onClick={() =>
                              change(
                                claim.chosen ? "remove" : "add",
                                { kind: "claim", id: claim.id },
                                claim.chosen ? t("removed") : t("claimAdded"),
                              )
                            }
                          >
                            {claim.chosen ? t("unchooseClaim") : t("chooseClaim")}
                          </Button>
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        {more(members.articlesTotal, members.articles.length)}
        {canManage && (
          <form
            key={`article-${round}`}
            onSubmit={addArticle}
            className="flex flex-wrap items-end gap-3 border-t border-slate-100 pt-3"
            aria-label={t("addArticle")}
          >
            <LookupCombobox
              kind="articles"
              name="articleId"
              label={t("article")}
              anyLabel={t("typeToFind")}
              initial={null}
              className="min-w-72"
            />
            <fieldset className="flex flex-col gap-1 text-sm">
              <legend className="font-medium">{t("which")}</legend>
              <label className="flex items-center gap-2">
                <input type="radio" name="allClaims" value="all" defaultChecked />
                {t("allClaimsChoice")}
              </label>
              <label className="flex items-center gap-2">
                <input type="radio" name="allClaims" value="chosen" />
                {t("chosenClaimsChoice")}
              </label>
            </fieldset>
            <Button type="submit" disabled={pending}>
              {t("addArticle")}
            </Button>
          </form>
        )}
      </section>

      <section aria-labelledby="case-claims" className={section}>
        <h3 id="case-claims" className="text-lg font-semibold">
          {t("claims", { count: members.claimsTotal })}
        </h3>
        <p className="text-sm text-slate-600">{t("claimsIntro")}</p>
        {members.claims.length === 0 ? (
          <p className="text-slate-600">{t("noClaims")}</p>
        ) : (
          <ul className="flex flex-col gap-2" data-testid="case-claims">
            {members.claims.map((claim) => (
              <li key={claim.id} className="flex flex-wrap items-center justify-between gap-2">
                <div>
                  <Link href={`/claims/${claim.id}`} className={link} dir="auto">
                    {claim.statement}
                  </Link>
                  <p className="text-sm text-slate-600" dir={claim.direction}>
                    {claim.articleTitle}
                  </p>
                </div>
                {canManage && (
                  <Button
                    variant="danger"
                    disabled={pending}
                    onClick={() => change("remove", { kind: "claim", id: claim.id }, t("removed"))}
                  >
                    {t("removeClaim")}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )}
        {more(members.claimsTotal, members.claims.length)}
      </section>

      <section aria-labelledby="case-sources" className={section}>
        <h3 id="case-sources" className="text-lg font-semibold">
          {t("sources", { count: members.sourcesTotal })}
        </h3>
        <p className="text-sm text-slate-600">{t("sourcesIntro")}</p>
        {members.sources.length === 0 ? (
          <p className="text-slate-600">{t("noSources")}</p>
        ) : (
          <ul className="flex flex-col gap-2" data-testid="case-sources">
            {members.sources.map((source) => (
              <li key={source.id} className="flex flex-wrap items-center justify-between gap-2">
                <div>
                  <Link href={`/sources/${source.id}`} className={link} dir="auto">
                    {source.title}
                  </Link>
                  {source.outlet && (
                    <p className="text-sm text-slate-600" dir="auto">
                      {source.outlet}
                    </p>
                  )}
                </div>
                {canManage && (
                  <Button
                    variant="danger"
                    disabled={pending}
                    onClick={() => change("remove", { kind: "source", id: source.id }, t("removed"))}
                  >
                    {t("removeSource", { title: source.title })}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )}
        {more(members.sourcesTotal, members.sources.length)}
        {canManage && (
          <form
            key={`source-${round}`}
            onSubmit={addSource}
            className="flex flex-wrap items-end gap-3 border-t border-slate-100 pt-3"
            aria-label={t("addSource")}
          >
            <LookupCombobox
              kind="sources"
              name="sourceId"
              label={t("source")}
              anyLabel={t("typeToFind")}
              initial={null}
              className="min-w-72"
            />
            <Button type="submit" disabled={pending}>
              {t("addSource")}
            </Button>
          </form>
        )}
      </section>
    </div>
  );
}
