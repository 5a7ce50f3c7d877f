import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";

/** Set on the one transaction allowed to change the text: the page's data replacing the document. */
export const REPLACE_DOCUMENT = "claimdesk:replaceDocument";

/**
 * The reader is editable only so it can hold a caret: a keyboard user moves through the text with
 * the arrows and selects with Shift+arrows, as in any text field. Nothing may change the text:
 * every input the browser would apply is cancelled before it happens, and a transaction that
 * changes the document anyway (paste, drop, a key binding) is dropped, unless it is the page
 * replacing the document with new data (REPLACE_DOCUMENT).
 */
export const ReadOnlyCaret = Extension.create({
  name: "readOnlyCaret",

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey("readOnlyCaret"),
        filterTransaction: (transaction) => !transaction.docChanged || transaction.getMeta(REPLACE_DOCUMENT) === true,
        props: {
          handleDOMEvents: {
            beforeinput: (_view, event) => {
              event.preventDefault();
              return true;
            },
          },
          handlePaste: () => true,
          handleDrop: () => true,
        },
      }),
    ];
  },
});
