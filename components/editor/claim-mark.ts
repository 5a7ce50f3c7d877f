import { Mark, mergeAttributes } from "@tiptap/core";

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    claim: {
      /** Marks the current selection as (part of) a claim. */
      setClaim: (attributes: { claimId: string }) => ReturnType;
      unsetClaim: () => ReturnType;
    };
  }
}

/**
 * A claim highlight, after @tiptap/extension-highlight. `excludes: ""` is deliberate: two
 * claims may overlap (a sentence and a number inside it), so a text can carry several
 * claim marks; each renders its own <mark>, and the innermost one receives the click.
 */
export const ClaimMark = Mark.create({
  name: "claim",
  inclusive: false,
  excludes: "",
  spanning: true,

  addAttributes() {
    return {
      claimId: {
        default: null,
        parseHTML: (element) => element.getAttribute("data-claim-id"),
        renderHTML: (attributes) => (attributes.claimId ? { "data-claim-id": attributes.claimId } : {}),
      },
      // A fuzzy re-anchoring: the highlight shows it is approximate ("needs a look").
      approximate: {
        default: false,
        parseHTML: (element) => element.getAttribute("data-approximate") === "true",
        renderHTML: (attributes) => (attributes.approximate ? { "data-approximate": "true" } : {}),
      },
    };
  },

  parseHTML() {
    return [{ tag: "mark[data-claim-id]" }];
  },

  renderHTML({ HTMLAttributes }) {
    return ["mark", mergeAttributes({ class: "claim-mark" }, HTMLAttributes), 0];
  },

  addCommands() {
    return {
      setClaim:
        (attributes) =>
        ({ commands }) =>
          commands.setMark(this.name, attributes),
      unsetClaim:
        () =>
        ({ commands }) =>
          commands.unsetMark(this.name),
    };
  },
});
