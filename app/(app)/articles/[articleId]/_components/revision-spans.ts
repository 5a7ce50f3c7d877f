import type { ClaimSpan } from "@/lib/domain/articles/article-document";
import type { ArticleRevisionDto } from "@/lib/server/articles/get-article-revision";

/** The highlights drawn on an earlier revision: by the server's HTML and by the editor alike. */
export function revisionSpans(view: Pick<ArticleRevisionDto, "claims">): ClaimSpan[] {
  return view.claims.flatMap(({ highlight }) =>
    highlight.shown
      ? [{ claimId: highlight.claimId, start: highlight.start, end: highlight.end, approximate: highlight.approximate }]
      : [],
  );
}
