import { Mark } from "@tiptap/core";

/**
 * A stretch written in the other direction's script (lib/domain/text/foreign-runs.ts), drawn as
 * <bdi dir> so the bidi algorithm lays it out on its own: "(@YenNews1)" at the end of an Arabic
 * line keeps its brackets and "@" where an English reader expects them. Listed after the claim
 * mark, so it nests inside highlights and never splits one.
 */
export const ForeignRunMark = Mark.create({
  name: "foreignRun",
  inclusive: false,

  addAttributes() {
    return {
      dir: {
        default: "ltr",
        parseHTML: (element) => (element.getAttribute("dir") === "rtl" ? "rtl" : "ltr"),
        renderHTML: (attributes) => ({ dir: attributes.dir === "rtl" ? "rtl" : "ltr" }),
      },
    };
  },

  parseHTML() {
    return [{ tag: "bdi[dir]" }];
  },

  renderHTML({ HTMLAttributes }) {
    return ["bdi", HTMLAttributes, 0];
  },
});
