"use client";

import { EditorContent, useEditor } from "@tiptap/react";
import { forwardRef, useEffect, useImperativeHandle, useMemo } from "react";
import { buildArticleDocument, docPositionToOffset, type ClaimSpan } from "@/lib/domain/articles/article-document";
import { tidySelection } from "@/lib/domain/articles/selection";
import { articleExtensions } from "./article-extensions";

/** Claim ids are UUIDs; anything else never reaches a CSS selector. */
const UUID = /^[0-9a-f-]{36}$/i;

export interface ArticleReaderHandle {
  /** The selected span of article text, or null. */
  selection(): { start: number; end: number } | null;
  scrollToClaim(claimId: string): void;
}

interface Props {
  text: string;
  claims: readonly ClaimSpan[];
  selectedClaimId: string | null;
  language: string;
  direction: "rtl" | "ltr";
  label: string;
  onClaimClick(claimId: string): void;
}

/**
 * The article text, read-only, with every claim highlighted. Overlapping claims nest as
 * <mark> elements; a click goes to the innermost one, the most specific claim.
 */
export const ArticleReader = forwardRef<ArticleReaderHandle, Props>(function ArticleReader(
  { text, claims, selectedClaimId, language, direction, label, onClaimClick },
  ref,
) {
  const content = useMemo(() => buildArticleDocument(text, claims), [text, claims]);
  const editor = useEditor({
    extensions: articleExtensions,
    content,
    editable: false,
    immediatelyRender: false,
    editorProps: {
      attributes: { "aria-label": label, role: "document", class: "article-reader", "data-testid": "article-reader" },
    },
  });

  useEffect(() => {
    if (editor && !editor.isDestroyed) editor.commands.setContent(content, { emitUpdate: false });
  }, [editor, content]);

  useImperativeHandle(
    ref,
    () => ({
      selection() {
        const view = editor?.view;
        const domSelection = typeof window === "undefined" ? null : window.getSelection();
        if (!view || !domSelection || domSelection.isCollapsed || domSelection.rangeCount === 0) return null;
        const range = domSelection.getRangeAt(0);
        if (!view.dom.contains(range.startContainer) || !view.dom.contains(range.endContainer)) return null;
        const from = docPositionToOffset(view.posAtDOM(range.startContainer, range.startOffset));
        const to = docPositionToOffset(view.posAtDOM(range.endContainer, range.endOffset));
        return tidySelection(text, from, to);
      },
      scrollToClaim(claimId) {
        if (!UUID.test(claimId)) return;
        const mark = editor?.view.dom.querySelector<HTMLElement>(`mark[data-claim-id="${claimId}"]`);
        mark?.scrollIntoView({ block: "center", behavior: "smooth" });
      },
    }),
    [editor, text],
  );

  return (
    <div
      lang={language}
      dir={direction}
      className="reader-surface text-lg leading-loose"
      data-testid="reader-surface"
      onClick={(event) => {
        const mark = (event.target as HTMLElement).closest<HTMLElement>("mark[data-claim-id]");
        const claimId = mark?.dataset.claimId;
        if (claimId && !window.getSelection()?.toString()) onClaimClick(claimId);
      }}
    >
      {selectedClaimId && UUID.test(selectedClaimId) && (
        <style>{`.reader-surface mark[data-claim-id="${selectedClaimId}"] { outline: 2px solid var(--color-brand-700); background: var(--color-claim-selected); }`}</style>
      )}
      <EditorContent editor={editor} />
    </div>
  );
});
