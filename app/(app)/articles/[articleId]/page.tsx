import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { requireMember } from "@/lib/auth/session";
import { appUrl } from "@/lib/config/env";
import { isAppError } from "@/lib/errors";
import { chromiumAvailable } from "@/lib/export/pdf";
import { getArticle } from "@/lib/server/articles/get-article";
import { getArticleRevision } from "@/lib/server/articles/get-article-revision";
import { listEntities } from "@/lib/server/entities/list-entities";
import { listTeamPeople } from "@/lib/server/teams/list-team-people";
import { listReportLinks } from "@/lib/server/reports/report-links";
import { ArticleWorkbench } from "./_components/article-workbench";
import { EarlierRevision } from "./_components/earlier-revision";
import { ExportPanel } from "./_components/export-panel";

type Params = Promise<{ articleId: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const UUID = /^[0-9a-f-]{36}$/i;

async function loadArticle(articleId: string) {
  const member = await requireMember();
  try {
    return { member, article: await getArticle(member, articleId) };
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { articleId } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(articleId)) return {};
  const { article } = await loadArticle(articleId);
  return { title: article.title || (await getTranslations("articles"))("untitled") };
}

export default async function ArticlePage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { articleId } = await params;
  if (!UUID.test(articleId)) notFound();
  const { member, article } = await loadArticle(articleId);
  // ?revision=<id> reads an earlier text with the highlights of that time; the current one is the workbench.
  const { revision } = await searchParams;
  if (typeof revision === "string" && revision !== article.revision.id) {
    if (!UUID.test(revision) || !article.revisions.some((entry) => entry.id === revision)) notFound();
    return <EarlierRevision view={await getArticleRevision(member, { articleId: article.id, revisionId: revision })} />;
  }
  const canExport = can(member, "report.export");
  const [entities, people, links] = await Promise.all([
    listEntities(member),
    listTeamPeople(member),
    canExport ? listReportLinks(member, article.id) : Promise.resolve([]),
  ]);
  return (
    <div className="flex flex-col gap-4">
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
        article={article}
        entities={entities}
        people={people}
        permissions={{
          createClaim: can(member, "claim.create"),
          role: member.role,
          assignClaim: can(member, "claim.assign"),
          manageEntities: can(member, "entity.manage"),
          addRevision: can(member, "article.update"),
        }}
      />
    </div>
  );
}
