import "server-only";
import { z } from "zod";
import { pageOf, ZApiArticle, ZApiRevision, ZApiTaggedArticleListItem } from "@/lib/schemas/api/resources";
import { ZAddRevisionInput, ZImportArticleInput } from "@/lib/schemas/articles";
import { addRevision } from "@/lib/server/articles/add-revision";
import { getArticle } from "@/lib/server/articles/get-article";
import { importArticle } from "@/lib/server/articles/import-article";
import { listArticles } from "@/lib/server/articles/list-articles";
import { getArticleTags } from "@/lib/server/tags/get-article-tags";
import { defineEndpoint } from "../endpoint";
import { toApiArticle, toApiArticleListItem } from "../resources";

const ZArticlePath = z.object({ articleId: z.uuid() });

/** The import form's schema without the file upload: send the text, or a URL to fetch. */
const [ZImportPaste, , ZImportUrl] = ZImportArticleInput.options;
const ZImportBody = z.discriminatedUnion("source", [ZImportPaste, ZImportUrl]);

export const articleEndpoints = [
  defineEndpoint({
    method: "GET",
    path: "/articles",
    operationId: "listArticles",
    tag: "Articles",
    summary: "List the team's articles, newest first",
    permission: "team.read",
    query: z.object({ cursor: z.string().max(300).optional(), tagId: z.uuid().optional() }),
    response: pageOf(ZApiTaggedArticleListItem, "ArticleList"),
    async run(member, { query }) {
      const page = await listArticles(member, { cursor: query.cursor, tagId: query.tagId });
      return { items: page.items.map(toApiArticleListItem), next: page.nextCursor };
    },
  }),
  defineEndpoint({
    method: "POST",
    path: "/articles",
    operationId: "importArticle",
    tag: "Articles",
    summary: "Import an article from its text or from a URL (fetched through the app's address guard)",
    description:
      "An article the team already has (same address or same text) is refused with 409 CONFLICT unless allowDuplicate is true.",
    permission: "article.create",
    body: ZImportBody,
    response: ZApiArticle,
    status: 201,
    async run(member, { body }) {
      const { articleId } = await importArticle(member, body);
      // A new article has no tags yet.
      return toApiArticle(await getArticle(member, articleId), []);
    },
  }),
  defineEndpoint({
    method: "GET",
    path: "/articles/{articleId}",
    operationId: "getArticle",
    tag: "Articles",
    summary: "An article with its current text and its revisions",
    permission: "team.read",
    params: ZArticlePath,
    response: ZApiArticle,
    async run(member, { params }) {
      const [article, tags] = await Promise.all([
        getArticle(member, params.articleId),
        getArticleTags(member, params.articleId),
      ]);
      return toApiArticle(article, tags.tags);
    },
  }),
  defineEndpoint({
    method: "POST",
    path: "/articles/{articleId}/revisions",
    operationId: "addRevision",
    tag: "Articles",
    summary: "Add a corrected text of the article; every claim is re-anchored to it",
    permission: "article.update",
    params: ZArticlePath,
    body: ZAddRevisionInput.omit({ articleId: true }),
    response: ZApiRevision,
    status: 201,
    run: (member, { params, body }) => addRevision(member, { articleId: params.articleId, text: body.text }),
  }),
];
