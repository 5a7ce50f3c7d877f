import { getSchema } from "@tiptap/core";
import { DOMParser as ProseMirrorParser, Node } from "@tiptap/pm/model";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { buildArticleDocument } from "@/lib/domain/articles/article-document";
import { articleExtensions } from "./article-extensions";
import { articleTextOf, claimIdsOf } from "./article-html";
import { renderArticleHtml } from "./render-article-html";

const text = "قالت المصادر إن الاشتباكات أسفرت عن قتلى.\n\nوأكد المرصد  السوري مقتل <ثلاثة> & عناصر.\n\nEnd.";
const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const spans = [
  { claimId: id(1), start: 0, end: text.indexOf(".") + 1 },
  { claimId: id(2), start: text.indexOf("قتلى"), end: text.indexOf("قتلى") + 4, approximate: true },
  { claimId: id(3), start: text.indexOf("المرصد"), end: text.indexOf("عناصر") },
];
const parse = (html: string) => parseHTML(html).document as unknown as Document;

describe("the article HTML as the page's one copy of the text", () => {
  const html = renderArticleHtml(text, spans, "rtl");

  it("gives back the stored text exactly", () => {
    expect(articleTextOf(html, parse)).toBe(text);
    expect(articleTextOf(renderArticleHtml("", [], "rtl"), parse)).toBe("");
  });

  it("lists the highlighted claims in reading order", () => {
    expect(claimIdsOf(html)).toEqual([id(1), id(2), id(3)]);
  });

  it("parses, with the editor's rules, into the very document the editor would build from the text", () => {
    const schema = getSchema(articleExtensions);
    const { document } = parseHTML(`<!doctype html><html><body><div>${html}</div></body></html>`);
    const parsed = ProseMirrorParser.fromSchema(schema).parse(document.querySelector("div") as never, {
      preserveWhitespace: "full",
    });
    expect(parsed.toJSON()).toEqual(Node.fromJSON(schema, buildArticleDocument(text, spans, "rtl")).toJSON());
    expect(parsed.textBetween(0, parsed.content.size, "\n\n")).toBe(text);
  });
});
