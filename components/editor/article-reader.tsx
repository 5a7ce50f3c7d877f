"use client";

import { forwardRef, useCallback, useEffect, useImperativeHandle, useRef, useState, type ComponentType } from "react";
import { CLAIM_ID, type ArticleReaderHandle } from "./reader-handle";

export type { ArticleReaderHandle };

interface Props {
  /**
   * The text with its highlights, rendered on the server (render-article-html.ts): shown before
   * any script runs, and the editor's content once it has loaded.
   */
  html: string;
  selectedClaimId: string | null;
  language: string;
  direction: "rtl" | "ltr";
  label: string;
  onClaimClick(claimId: string): void;
}

type EditorView = ComponentType<{
  ref: React.Ref<ArticleReaderHandle>;
  html: string;
  label: string;
  onReady(): void;
}>;

/**
 * The article text, read-only, with every claim highlighted. Overlapping claims nest as
 * <mark> elements; a click goes to the innermost one, the most specific claim. The server's
 * HTML is what the reader sees first; the Tiptap editor (selection → claim, re-anchoring) is
 * imported after hydration and takes its place once it has drawn the same document.
 */
export const ArticleReader = forwardRef<ArticleReaderHandle, Props>(function ArticleReader(
  { html, selectedClaimId, language, direction, label, onClaimClick },
  ref,
) {
  const [View, setView] = useState<EditorView | null>(null);
  const [editorReady, setEditorReady] = useState(false);
  const editor = useRef<ArticleReaderHandle>(null);
  const surface = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    void import("./article-editor-view").then((module) => {
      if (live) setView(() => module.default as EditorView);
    });
    return () => {
      live = false;
    };
  }, []);
  const onReady = useCallback(() => setEditorReady(true), []);

  useImperativeHandle(
    ref,
    () => ({
      selection: () => editor.current?.selection() ?? null,
      scrollToClaim(claimId) {
        if (editorReady) return editor.current?.scrollToClaim(claimId);
        if (!CLAIM_ID.test(claimId)) return;
        surface.current
          ?.querySelector<HTMLElement>(`mark[data-claim-id="${claimId}"]`)
          ?.scrollIntoView({ block: "center", behavior: "smooth" });
      },
    }),
    [editorReady],
  );

  return (
    <div
      ref={surface}
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
      {selectedClaimId && CLAIM_ID.test(selectedClaimId) && (
        <style>{`.reader-surface mark[data-claim-id="${selectedClaimId}"] { outline: 2px solid var(--color-brand-700); background: var(--color-claim-selected); }`}</style>
      )}
      {!editorReady && (
        <div
          role="document"
          aria-label={label}
          className="article-reader"
          data-testid="article-reader-static"
          dangerouslySetInnerHTML={{ __html: html }}
        />
      )}
      {View && (
        <div hidden={!editorReady}>
          <View ref={editor} html={html} label={label} onReady={onReady} />
        </div>
      )}
    </div>
  );
});
