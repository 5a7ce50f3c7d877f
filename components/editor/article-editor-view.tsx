"use client";

import { EditorContent, useEditor } from "@tiptap/react";
import { forwardRef, useEffect, useImperativeHandle, useRef } from "react";
import { docPositionToOffset, PARAGRAPH_SEPARATOR } from "@/lib/domain/articles/article-document";
import { tidySelection } from "@/lib/domain/articles/selection";
import { articleExtensions } from "./article-extensions";
import { ReadOnlyCaret, REPLACE_DOCUMENT } from "./read-only-caret";
import { CLAIM_ID, type ArticleReaderHandle } from "./reader-handle";

interface Props {
  /** The server's HTML of the text and its highlights (render-article-html.ts), parsed by the extensions' rules. */
  html: string;
  label: string;
  /** Once the editor has drawn the text: the server-rendered copy can go. */
  onReady(): void;
}

const PARSE_OPTIONS = { preserveWhitespace: "full" } as const;
const EXTENSIONS = [...articleExtensions, ReadOnlyCaret];

/**
 * The Tiptap editor behind the reader (read-only): selection to text offsets for new claims and
 * re-anchoring. Loaded after the first paint (article-reader.tsx); until then the reader shows
 * the same document rendered on the server.
 */
const ArticleEditorView = forwardRef<ArticleReaderHandle, Props>(function ArticleEditorView(
  { html, label, onReady },
  ref,
) {
  const editor = useEditor({
    extensions: EXTENSIONS,
    content: html,
    // Offsets index the stored text, spaces included: nothing may be collapsed.
    parseOptions: PARSE_OPTIONS,
    // Editable for the caret only (read-only-caret.ts): the text itself cannot change.
    editable: true,
    immediatelyRender: false,
    editorProps: {
      attributes: {
        "aria-label": label,
        role: "textbox",
        "aria-multiline": "true",
        "aria-readonly": "true",
        // No on-screen keyboard on touch devices, no spelling marks: there is nothing to type.
        inputmode: "none",
        spellcheck: "false",
        class: "article-reader",
        id: "article-text",
        "data-testid": "article-reader",
      },
    },
  });

  // New highlights or a new revision (the page's data refreshed): the editor takes the new HTML.
  const shown = useRef(html);
  useEffect(() => {
    if (!editor || editor.isDestroyed || shown.current === html) return;
    shown.current = html;
    editor
      .chain()
      .setMeta(REPLACE_DOCUMENT, true)
      .setContent(html, { emitUpdate: false, parseOptions: PARSE_OPTIONS })
      .run();
  }, [editor, html]);

  useEffect(() => {
    if (editor) onReady();
  }, [editor, onReady]);

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
        const { doc } = view.state;
        return tidySelection(doc.textBetween(0, doc.content.size, PARAGRAPH_SEPARATOR), from, to);
      },
      scrollToClaim(claimId) {
        if (!CLAIM_ID.test(claimId)) return;
        const mark = editor?.view.dom.querySelector<HTMLElement>(`mark[data-claim-id="${claimId}"]`);
        mark?.scrollIntoView({ block: "center", behavior: "smooth" });
      },
    }),
    [editor],
  );

  return <EditorContent editor={editor} />;
});

export default ArticleEditorView;
