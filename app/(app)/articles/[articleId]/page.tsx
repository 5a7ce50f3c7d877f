import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { renderArticleHtml } from "@/components/editor/render-article-html";
import { can } from "@/lib/auth/permissions";
import { requireMember } from "@/lib/auth/session";
import { appUrl } from "@/lib/config/env";
import { isAppError } from "@/lib/errors";
import { chromiumAvailable } from "@/lib/export/pdf";
import { getArticleRevision } from "@/lib/server/articles/get-article-revision";
import {
  getArticleWorkbench,
  type ArticleWorkbenchDto,
  type ArticleWorkbenchView,
} from "@/lib/server/articles/get-article-workbench";
import { listReportLinks } from "@/lib/server/reports/report-links";
import { getArticleTags } from "@/lib/server/tags/get-article-tags";
import { TagEditor } from "@/components/tags/tag-editor";
import { CasesOfItem } from "@/components/cases/cases-of-item";
import { addToCaseAction, listCasesOfAction } from "@/app/(app)/cases/actions";
import { updateArticleTagsAction } from "./actions";
import { ArticleWorkbench } from "./_components/article-workbench";
import { DeletedClaims } from "./_components/deleted-claims";
import { EarlierRevision } from "./_components/earlier-revision";
import { ExportPanel } from "./_components/export-panel";
import { revisionSpans } from "./_components/revision-spans";
import { SentQuoteNotice } from "./_components/sent-quote-notice";

type Params = Promise<{ articleId: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const UUID = /^[0-9a-f-]{36}$/i;

/** Once per request: the title (metadata) and the page share it. */
const loadArticle = cache(async (articleId: string) => {
  const member = await requireMember();
  try {
    return { member, article: await getArticleWorkbench(member, articleId) };
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { articleId } = await params;
  if (!UUID.test(articleId)) return {};
  const { article } = await loadArticle(articleId);
  return { title: article.title || (await getTranslations("articles"))("untitled") };
}

export default async function ArticlePage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { articleId } = await params;
  if (!UUID.test(articleId)) notFound();
  const { member, article } = await loadArticle(articleId);
  // ?revision=<id> reads an earlier text with the highlights of that time; the current one is the workbench.
  const { revision, sent } = await searchParams;
  if (typeof revision === "string" && revision !== article.revision.id) {
    if (!UUID.test(revision) || !article.revisions.some((entry) => entry.id === revision)) notFound();
    const view = await getArticleRevision(member, { articleId: article.id, revisionId: revision });
    return (
      <EarlierRevision view={view} html={renderArticleHtml(view.revision.text, revisionSpans(view), view.direction)} />
    );
  }
  const canExport = can(member, "report.export");
  const [links, tags] = await Promise.all([
    canExport ? listReportLinks(member, article.id) : [],
    getArticleTags(member, article.id),
  ]);
  return (
    <div className="flex flex-col gap-4">
      <SentQuoteNotice outcome={sent} />
      {canExport && (
        <ExportPanel
          articleId={article.id}
          links={links}
          canPublishLink={can(member, "report.publishLink")}
          pdfAvailable={chromiumAvailable()}
          publicBaseUrl={appUrl()}
        />
      )}
      <ArticleWorkbench
        article={clientView(article)}
        articleHtml={renderArticleHtml(article.revision.text, article.spans, article.direction)}
        permissions={{
          createClaim: can(member, "claim.create"),
          role: member.role,
          assignClaim: can(member, "claim.assign"),
          manageEntities: can(member, "entity.manage"),
          addRevision: can(member, "article.update"),
        }}
        tags={
          <>
            <TagEditor
              itemId={article.id}
              tags={tags.tags}
              choices={tags.choices}
              canEdit={can(member, "article.update")}
              save={updateArticleTagsAction}
            />
            <CasesOfItem
              kind="article"
              id={article.id}
              canManage={can(member, "case.manage")}
              load={listCasesOfAction}
              add={addToCaseAction}
            />
          </>
        }
      />
      <DeletedClaims member={member} articleId={article.id} />
    </div>
  );
}

/** The text and the spans reach the client once, inside the rendered HTML: not a second time as props. */
function clientView({
  spans: _spans,
  revision: { text: _text, ...revision },
  ...article
}: ArticleWorkbenchDto): ArticleWorkbenchView {
  return { ...article, revision };
}
