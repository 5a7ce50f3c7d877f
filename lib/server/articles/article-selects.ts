import "server-only";

/** What a page or report says about an article: its title, where it came from, its language. */
export const articleHeaderSelect = {
  id: true,
  title: true,
  url: true,
  publisher: true,
  author: true,
  publishedAt: true,
  language: true,
  direction: true,
} as const;

/** Every revision of an article, newest first, without its text: to list them and pick one. */
export const revisionListSelect = {
  orderBy: { number: "desc" },
  select: { id: true, number: true, createdAt: true },
} as const;

/** Where a claim sits in its article's text: its anchor (offsets, quote and context) and its state. */
export const claimAnchorSelect = {
  id: true,
  revisionId: true,
  startOffset: true,
  endOffset: true,
  exact: true,
  prefix: true,
  suffix: true,
  anchorStatus: true,
} as const;

/** An article's header read with articleHeaderSelect, as pages receive it (its date as an ISO string). */
export function toArticleHeader(article: {
  id: string;
  title: string;
  url: string | null;
  publisher: string | null;
  author: string | null;
  publishedAt: Date | null;
  language: string;
  direction: "rtl" | "ltr";
}) {
  const { id, title, url, publisher, author, publishedAt, language, direction } = article;
  return { id, title, url, publisher, author, publishedAt: publishedAt?.toISOString() ?? null, language, direction };
}
