import { describe, expect, it } from "vitest";
import { buildArticleDocument, docPositionToOffset, offsetToDocPosition } from "./article-document";

const text = "First paragraph here.\n\nSecond one, with a claim.";

function docText(doc: ReturnType<typeof buildArticleDocument>): string {
  return doc.content.map((p) => (p.content ?? []).map((n) => n.text).join("")).join("\n\n");
}

describe("buildArticleDocument", () => {
  it("keeps the text exactly, one paragraph per block", () => {
    const doc = buildArticleDocument(text, [], "ltr");
    expect(doc.content).toHaveLength(2);
    expect(docText(doc)).toBe(text);
  });

  it("marks a claim's span, and overlapping claims both mark the shared text, innermost last", () => {
    const start = text.indexOf("with a claim");
    const outer = { claimId: "outer", start: text.indexOf("Second"), end: text.length };
    const inner = { claimId: "inner", start, end: start + "with a".length };
    const doc = buildArticleDocument(text, [inner, outer], "ltr");
    const nodes = doc.content[1]!.content!;
    expect(
      nodes.map((n) => [n.text, (n.marks ?? []).map((m) => ("claimId" in m.attrs ? m.attrs.claimId : m.type))]),
    ).toEqual([
      ["Second one, ", ["outer"]],
      ["with a", ["outer", "inner"]],
      [" claim.", ["outer"]],
    ]);
    expect(docText(doc)).toBe(text);
  });

  it("splits a claim that crosses a paragraph break into both paragraphs", () => {
    const claim = { claimId: "c", start: text.indexOf("here"), end: text.indexOf(",") };
    const doc = buildArticleDocument(text, [claim], "ltr");
    expect(doc.content[0]!.content!.at(-1)).toMatchObject({ text: "here.", marks: [{ attrs: { claimId: "c" } }] });
    expect(doc.content[1]!.content![0]).toMatchObject({ text: "Second one", marks: [{ attrs: { claimId: "c" } }] });
  });

  it("maps text offsets to document positions and back", () => {
    expect(offsetToDocPosition(0)).toBe(1);
    expect(docPositionToOffset(offsetToDocPosition(37))).toBe(37);
  });
});
