import { foreignRuns, type ForeignRun } from "@/lib/domain/text/foreign-runs";
import type { Direction } from "./detect-language";
import { paragraphsOf } from "./paragraphs";

/** A claim's span in the canonical revision text, [start, end). */
export interface ClaimSpan {
  claimId: string;
  start: number;
  end: number;
  /** A fuzzy position ("needs a look"): drawn so the reader sees it is approximate. */
  approximate?: boolean;
}

export interface TextNode {
  type: "text";
  text: string;
  marks?: (
    | { type: "claim"; attrs: { claimId: string; approximate?: boolean } }
    | { type: "foreignRun"; attrs: { dir: Direction } }
  )[];
}
export interface ParagraphNode {
  type: "paragraph";
  content?: TextNode[];
}
export interface ArticleDocument {
  type: "doc";
  content: ParagraphNode[];
}

export const PARAGRAPH_SEPARATOR = "\n\n";

/**
 * Builds the ProseMirror/Tiptap document for a revision with a claim mark on every span, and
 * every stretch in the other direction's script marked to be isolated (foreign-runs.ts).
 * Because paragraphs are separated by exactly two characters and a paragraph boundary is
 * two document positions (close + open), a text offset maps to document position
 * offset + 1 everywhere; see `offsetToDocPosition`.
 */
export function buildArticleDocument(
  text: string,
  claims: readonly ClaimSpan[],
  direction: Direction,
): ArticleDocument {
  const paragraphs: ParagraphNode[] = [];
  let paragraphStart = 0;
  for (const paragraph of paragraphsOf(text)) {
    const paragraphEnd = paragraphStart + paragraph.length;
    const inside = claims.filter((claim) => claim.start < paragraphEnd && claim.end > paragraphStart);
    paragraphs.push({
      type: "paragraph",
      content: segments(paragraph, paragraphStart, inside, foreignRuns(paragraph, direction)),
    });
    paragraphStart = paragraphEnd + PARAGRAPH_SEPARATOR.length;
  }
  return { type: "doc", content: paragraphs.length ? paragraphs : [{ type: "paragraph" }] };
}

function segments(
  paragraph: string,
  offset: number,
  claims: readonly ClaimSpan[],
  runs: readonly ForeignRun[],
): TextNode[] {
  const cuts = new Set([0, paragraph.length]);
  for (const run of runs) cuts.add(run.start).add(run.end);
  for (const claim of claims) {
    cuts.add(Math.max(0, claim.start - offset));
    cuts.add(Math.min(paragraph.length, claim.end - offset));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const nodes: TextNode[] = [];
  let nextRun = 0;
  for (let index = 0; index < points.length - 1; index++) {
    const from = points[index]!;
    const to = points[index + 1]!;
    if (from === to) continue;
    // Longer claims first, so the innermost (shortest) claim is the innermost element.
    const covering = claims
      .filter((claim) => claim.start - offset <= from && claim.end - offset >= to)
      .sort((a, b) => b.end - b.start - (a.end - a.start));
    const node: TextNode = { type: "text", text: paragraph.slice(from, to) };
    const marks: NonNullable<TextNode["marks"]> = covering.map((claim) => ({
      type: "claim",
      attrs: claim.approximate ? { claimId: claim.claimId, approximate: true } : { claimId: claim.claimId },
    }));
    const run = runs[nextRun];
    if (run && run.start <= from && run.end >= to) marks.push({ type: "foreignRun", attrs: { dir: run.dir } });
    while (runs[nextRun] && runs[nextRun]!.end <= to) nextRun++;
    if (marks.length) node.marks = marks;
    nodes.push(node);
  }
  return nodes;
}

export function offsetToDocPosition(offset: number): number {
  return offset + 1;
}

export function docPositionToOffset(position: number): number {
  return position - 1;
}
