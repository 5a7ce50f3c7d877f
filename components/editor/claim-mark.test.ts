import { getSchema } from "@tiptap/core";
import { Node } from "@tiptap/pm/model";
import { describe, expect, it } from "vitest";
import { buildArticleDocument, offsetToDocPosition } from "@/lib/domain/articles/article-document";
import { articleExtensions } from "./article-extensions";

const schema = getSchema(articleExtensions);
const text = "قالت المصادر إن الاشتباكات أسفرت عن قتلى.\n\nوأكد المرصد السوري مقتل ثلاثة عناصر.";

describe("claim mark", () => {
  it("accepts overlapping claims on the same text", () => {
    const outer = { claimId: "a", start: 0, end: text.indexOf(".") + 1 };
    const inner = { claimId: "b", start: text.indexOf("قتلى"), end: text.indexOf("قتلى") + 4 };
    const doc = Node.fromJSON(schema, buildArticleDocument(text, [outer, inner], "rtl"));
    const marked = new Set<string>();
    doc.descendants((node) => {
      node.marks.forEach((mark) => marked.add(`${mark.attrs.claimId}:${node.text}`));
    });
    expect(marked).toContain("a:قتلى");
    expect(marked).toContain("b:قتلى");
  });

  it("maps text offsets to the document positions ProseMirror uses", () => {
    const doc = Node.fromJSON(schema, buildArticleDocument(text, [], "rtl"));
    const start = text.indexOf("المرصد");
    const end = start + "المرصد السوري".length;
    expect(doc.textBetween(offsetToDocPosition(start), offsetToDocPosition(end))).toBe("المرصد السوري");
    expect(doc.textBetween(offsetToDocPosition(0), offsetToDocPosition(text.length), "\n\n")).toBe(text);
  });

  it("renders a claim as <mark data-claim-id> and parses it back", () => {
    const mark = schema.marks.claim!.create({ claimId: "c1" });
    const spec = schema.marks.claim!.spec.toDOM!(mark, true) as unknown as [string, Record<string, string>];
    expect(spec[0]).toBe("mark");
    expect(spec[1]).toMatchObject({ "data-claim-id": "c1" });
    expect(schema.marks.claim!.spec.excludes).toBe("");
  });

  it("marks a fuzzy position as approximate, and only that one", () => {
    const span = { claimId: "f", start: 0, end: 4, approximate: true };
    const doc = Node.fromJSON(schema, buildArticleDocument(text, [span, { claimId: "e", start: 5, end: 12 }], "rtl"));
    const attrs: Record<string, unknown>[] = [];
    doc.descendants((node) => {
      node.marks.forEach((mark) => attrs.push(mark.attrs));
    });
    expect(attrs).toEqual([
      { claimId: "f", approximate: true },
      { claimId: "e", approximate: false },
    ]);
    const mark = schema.marks.claim!.create({ claimId: "f", approximate: true });
    const spec = schema.marks.claim!.spec.toDOM!(mark, true) as unknown as [string, Record<string, string>];
    expect(spec[1]).toMatchObject({ "data-claim-id": "f", "data-approximate": "true" });
  });
});
