import "server-only";
import { createHash } from "node:crypto";
import { getSchema } from "@tiptap/core";
import { DOMSerializer, Node } from "@tiptap/pm/model";
import { parseHTML } from "linkedom";
import { buildArticleDocument, type ClaimSpan } from "@/lib/domain/articles/article-document";
import type { Direction } from "@/lib/domain/articles/detect-language";
import { articleExtensions } from "./article-extensions";

const schema = getSchema(articleExtensions);
const serializer = DOMSerializer.fromSchema(schema);

/** What the reader's markup may hold: paragraphs, claim marks with their data attributes and isolated runs, nothing else. */
const ALLOWED: Record<string, ReadonlySet<string>> = {
  P: new Set(),
  MARK: new Set(["class", "data-claim-id", "data-approximate"]),
  BDI: new Set(["dir"]),
};

/** Rendered articles kept, the least recently read dropped first: a long article's HTML is ~160 KB. */
const CACHED_ARTICLES = 50;
const rendered = new Map<string, string>();

/**
 * The article as HTML, rendered on the server from the same extensions list the editor uses
 * (the ProseMirror serializer of its schema, over a linkedom document), so the text shows
 * before any script runs. The document is built from plain text, so every character is a
 * text node; the allowlist pass is a second guard that only paragraphs and claim marks remain.
 * The same text with the same claim spans renders the same HTML, so it is kept (rendering a
 * 300-claim article is a tenth of the reader's server time); any change to either is a new key.
 */
export function renderArticleHtml(text: string, claims: readonly ClaimSpan[], direction: Direction): string {
  const key = createHash("sha256")
    .update(direction)
    .update("\0")
    .update(text)
    .update("\0")
    .update(JSON.stringify(claims))
    .digest("base64url");
  const cached = rendered.get(key);
  if (cached !== undefined) {
    rendered.delete(key);
    rendered.set(key, cached);
    return cached;
  }
  const html = render(text, claims, direction);
  rendered.set(key, html);
  if (rendered.size > CACHED_ARTICLES) rendered.delete(rendered.keys().next().value!);
  return html;
}

function render(text: string, claims: readonly ClaimSpan[], direction: Direction): string {
  const { document } = parseHTML("<!doctype html><html><body><div></div></body></html>");
  const container = document.querySelector("div")!;
  const doc = Node.fromJSON(schema, buildArticleDocument(text, claims, direction));
  container.appendChild(serializer.serializeFragment(doc.content, { document }) as never);
  sanitise(container);
  return container.innerHTML;
}

function sanitise(root: Element): void {
  for (const element of [...root.querySelectorAll("*")]) {
    const allowed = ALLOWED[element.tagName.toUpperCase()];
    if (!allowed) {
      element.replaceWith(...element.childNodes);
      continue;
    }
    for (const name of element.getAttributeNames()) if (!allowed.has(name)) element.removeAttribute(name);
  }
}
