"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState, useTransition, type ReactNode } from "react";
import { ArticleReader, type ArticleReaderHandle } from "@/components/editor/article-reader";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import type { Role } from "@/lib/auth/permissions";
import { claimIdsOf } from "@/components/editor/article-html";
import type { ArticleWorkbenchView } from "@/lib/server/articles/get-article-workbench";
import type { ClaimDto } from "@/lib/server/claims/claim-dto";
import { createClaimAction } from "../actions";
import { ArticleHeader } from "./article-header";
import { ClaimsPanel } from "./claims-panel";
import { SuggestionsPanel } from "./suggestions-panel";

// The open claim's panels (editor, entity picker, anchoring) are loaded when a claim is opened, not with the page.
const ClaimSidePanel = dynamic(() => import("./claim-side-panel"), { ssr: false });

const SKIP_LINK =
  "sr-only focus:not-sr-only focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:ring-2 focus:ring-brand-700";

export interface WorkbenchPermissions {
  createClaim: boolean;
  /** Whether a claim's content may change depends on its status too: the editor asks the workflow per claim. */
  role: Role;
  assignClaim: boolean;
  manageEntities: boolean;
  addRevision: boolean;
}

/**
 * The fact-checker's main screen: the article with its claims highlighted, the claims in
 * reading order beside it, suggestions on demand, and the editor of the selected claim.
 */
export function ArticleWorkbench({
  article,
  articleHtml,
  permissions,
  tags,
}: {
  article: ArticleWorkbenchView;
  /** The current text with its highlights, rendered on the server (render-article-html.ts). */
  articleHtml: string;
  permissions: WorkbenchPermissions;
  /** The article's tags, shown in its header. */
  tags?: ReactNode;
}) {
  const t = useTranslations("workbench");
  const router = useRouter();
  const reader = useRef<ArticleReaderHandle>(null);
  const [selectedClaimId, setSelectedClaimId] = useState<string | null>(null);
  const [createdClaimId, setCreatedClaimId] = useState<string | null>(null);
  // Where the keyboard was when a claim was opened: it goes back there when the claim is closed.
  const returnFocusTo = useRef<Element | null>(null);
  const [pending, startTransition] = useTransition();
  const { feedback, setFeedback, report } = useActionFeedback();
  // The highlighted claims in reading order, from the rendered text: the order of the panel's first list.
  const inTextIds = useMemo(() => claimIdsOf(articleHtml), [articleHtml]);

  const openClaim = useCallback((claimId: string, scroll: boolean) => {
    returnFocusTo.current = document.activeElement;
    setSelectedClaimId(claimId);
    if (scroll) reader.current?.scrollToClaim(claimId);
  }, []);

  const createFromSelection = useCallback(() => {
    const span = reader.current?.selection();
    if (!span) {
      setFeedback({ tone: "error", text: t("selectFirst") });
      return;
    }
    startTransition(async () => {
      const result = await createClaimAction({
        articleId: article.id,
        revisionId: article.revision.id,
        start: span.start,
        end: span.end,
        details: { type: "OTHER" },
      });
      if (report(result, t("claimCreated")) && result.ok) {
        returnFocusTo.current = document.querySelector("[data-testid='article-reader']");
        window.getSelection()?.collapseToEnd();
        setCreatedClaimId(result.data.id);
        setSelectedClaimId(result.data.id);
        router.refresh();
      }
    });
  }, [article.id, article.revision.id, report, router, setFeedback, t]);

  // Ctrl+Enter (Cmd+Enter) turns the selected text into a claim, as the button does.
  useEffect(() => {
    if (!permissions.createClaim) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && reader.current?.selection()) {
        event.preventDefault();
        createFromSelection();
      }
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [createFromSelection, permissions.createClaim]);

  const closeClaim = useCallback(() => {
    const claimId = selectedClaimId;
    setSelectedClaimId(null);
    // After the list is shown again: back to the control that opened the claim, or its row in the list.
    requestAnimationFrame(() => {
      const opener = returnFocusTo.current;
      const row = claimId ? document.querySelector(`[data-testid='claims-list'] [data-claim-id="${claimId}"]`) : null;
      const target = opener instanceof HTMLElement && opener.isConnected && opener !== document.body ? opener : row;
      if (target instanceof HTMLElement) target.focus();
    });
  }, [selectedClaimId]);

  return (
    <div className="flex flex-col gap-4">
      <nav aria-label={t("skipLinks")} className="flex gap-2">
        <a href="#article-text" className={SKIP_LINK}>
          {t("skipToText")}
        </a>
        <a href="#claims-panel" className={SKIP_LINK}>
          {t("skipToClaims")}
        </a>
      </nav>
      <ArticleHeader article={article} articleHtml={articleHtml} canAddRevision={permissions.addRevision} tags={tags} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_26rem]">
        <section aria-label={t("articleText")} className="flex flex-col gap-3">
          {permissions.createClaim && (
            <div className="sticky top-0 z-10 flex flex-wrap items-center gap-3 border-b border-slate-200 bg-slate-50/95 py-2">
              <Button onClick={createFromSelection} disabled={pending} data-testid="create-claim-from-selection">
                {t("createFromSelection")}
              </Button>
              <span className="text-sm text-slate-600">{t("shortcutHint")}</span>
            </div>
          )}
          {feedback && <Notice tone={feedback.tone}>{feedback.text}</Notice>}
          <div className="rounded-lg border border-slate-200 bg-white p-6">
            <ArticleReader
              ref={reader}
              html={articleHtml}
              selectedClaimId={selectedClaimId}
              language={article.language}
              direction={article.direction}
              label={t("articleText")}
              onClaimClick={(claimId) => openClaim(claimId, false)}
            />
          </div>
        </section>
        <aside
          id="claims-panel"
          tabIndex={-1}
          aria-label={t("panel")}
          className="flex flex-col gap-4 lg:sticky lg:top-2 lg:max-h-[calc(100vh-1rem)] lg:overflow-y-auto"
        >
          {selectedClaimId && (
            <ClaimSidePanel
              key={selectedClaimId}
              articleId={article.id}
              claimId={selectedClaimId}
              revisionId={article.revision.id}
              articleHtml={articleHtml}
              language={article.language}
              direction={article.direction}
              role={permissions.role}
              canAssign={permissions.assignClaim}
              canManageEntities={permissions.manageEntities}
              selection={() => reader.current?.selection() ?? null}
              onClose={closeClaim}
              focusOnOpen={createdClaimId === selectedClaimId}
              onChanged={() => router.refresh()}
              onDeleted={() => {
                closeClaim();
                router.refresh();
              }}
            />
          )}
          {/* Hidden, not unmounted, while a claim is open: the suggestions stay where they were. */}
          <div hidden={Boolean(selectedClaimId)} className="flex flex-col gap-4">
            <ClaimsPanel
              articleId={article.id}
              claimCount={article.claimCount}
              inTextIds={inTextIds}
              notFoundIds={article.notFoundIds}
              items={article.items}
              language={article.language}
              direction={article.direction}
              onOpen={(id) => openClaim(id, true)}
            />
            {permissions.createClaim && (
              <SuggestionsPanel
                articleId={article.id}
                language={article.language}
                direction={article.direction}
                canCreateEntities={permissions.manageEntities}
                onAccepted={(claim: ClaimDto, edit: boolean) => {
                  router.refresh();
                  if (edit) setSelectedClaimId(claim.id);
                }}
              />
            )}
          </div>
        </aside>
      </div>
    </div>
  );
}
