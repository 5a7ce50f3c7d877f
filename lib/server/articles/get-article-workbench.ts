import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { ClaimSpan } from "@/lib/domain/articles/article-document";
import { highlightOnCurrentRevision } from "@/lib/domain/claims/claim-highlights";
import { AppError } from "@/lib/errors";
import { toWorkbenchClaimItem, workbenchClaimItemSelect, type WorkbenchClaimItem } from "./workbench-claim-item";
import { articleHeaderSelect, claimAnchorSelect, revisionListSelect, toArticleHeader } from "./article-selects";

/**
 * What the page's client components get: no text and no spans, which reach them once, inside
 * the server-rendered HTML of the text (components/editor/article-html.ts reads them back).
 */
export type ArticleWorkbenchView = Omit<ArticleWorkbenchDto, "spans" | "revision"> & {
  revision: Omit<ArticleWorkbenchDto["revision"], "text">;
};

/**
 * Rows of each part of the claims panel sent with the page; the rest load a page at a time. Fewer
 * than a list page's 50: the page also carries the article's whole text and every highlight.
 */
export const PANEL_PAGE_SIZE = 25;

export interface ArticleWorkbenchDto {
  id: string;
  title: string;
  url: string | null;
  publisher: string | null;
  author: string | null;
  publishedAt: string | null;
  language: string;
  direction: "rtl" | "ltr";
  revision: { id: string; number: number; text: string; createdAt: string };
  revisionCount: number;
  /** Every revision, newest first, to read an earlier one. */
  revisions: { id: string; number: number; createdAt: string }[];
  claimCount: number;
  /** Every highlighted claim, in reading order: all the reader draws, and the order of the panel's first list. */
  spans: ClaimSpan[];
  /** Claims the current text does not highlight (their quote is not found there), in reading order. */
  notFoundIds: string[];
  /** The panel rows of the first page of each list (highlighted, then not found). */
  items: WorkbenchClaimItem[];
}

/**
 * The reader's page in one bounded load: the article and its current text, where every claim
 * is highlighted (offsets and quote only), and the panel rows of the first page. Whatever the
 * article's size, four queries; the panel's further pages come from listWorkbenchClaimItems.
 */
export async function getArticleWorkbench(member: Member, articleId: string): Promise<ArticleWorkbenchDto> {
  assertCan(member, "team.read");
  const [article, anchors] = await Promise.all([
    db.article.findFirst({
      where: { id: articleId, teamId: member.teamId },
      select: { ...articleHeaderSelect, revisions: revisionListSelect },
    }),
    db.claim.findMany({
      where: { articleId, teamId: member.teamId },
      select: claimAnchorSelect,
      orderBy: [{ startOffset: "asc" }, { endOffset: "desc" }, { id: "asc" }],
    }),
  ]);
  const latest = article?.revisions[0];
  if (!article || !latest) throw new AppError("NOT_FOUND");
  const current = await db.articleRevision.findUniqueOrThrow({ where: { id: latest.id }, select: { text: true } });
  const revision = { id: latest.id, text: current.text };
  const spans: ClaimSpan[] = [];
  const notFoundIds: string[] = [];
  for (const claim of anchors) {
    const highlight = highlightOnCurrentRevision(revision, {
      claimId: claim.id,
      revisionId: claim.revisionId,
      start: claim.startOffset,
      end: claim.endOffset,
      exact: claim.exact,
      prefix: claim.prefix,
      suffix: claim.suffix,
      anchorStatus: claim.anchorStatus,
    });
    if (highlight.shown)
      spans.push({ claimId: claim.id, start: highlight.start, end: highlight.end, approximate: highlight.approximate });
    else notFoundIds.push(claim.id);
  }
  const firstIds = [
    ...spans.slice(0, PANEL_PAGE_SIZE).map((span) => span.claimId),
    ...notFoundIds.slice(0, PANEL_PAGE_SIZE),
  ];
  const rows = firstIds.length
    ? await db.claim.findMany({
        where: { id: { in: firstIds }, articleId, teamId: member.teamId },
        select: workbenchClaimItemSelect,
      })
    : [];
  return {
    ...toArticleHeader(article),
    revision: {
      id: latest.id,
      number: latest.number,
      text: current.text,
      createdAt: latest.createdAt.toISOString(),
    },
    revisionCount: article.revisions.length,
    revisions: article.revisions.map((entry) => ({
      id: entry.id,
      number: entry.number,
      createdAt: entry.createdAt.toISOString(),
    })),
    claimCount: anchors.length,
    spans,
    notFoundIds,
    items: inOrder(rows.map(toWorkbenchClaimItem), firstIds),
  };
}

/** Rows in the order of `ids` (the reading order the caller worked out). */
export function inOrder(items: WorkbenchClaimItem[], ids: readonly string[]): WorkbenchClaimItem[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
