import "server-only";
import { z } from "zod";
import { pageOf, ZApiEntity, ZApiSearchResults } from "@/lib/schemas/api/resources";
import { ZCreateEntityInput } from "@/lib/schemas/entities";
import { ZSearchInput } from "@/lib/schemas/search";
import { createEntity } from "@/lib/server/entities/create-entity";
import { listEntityPage } from "@/lib/server/entities/list-entity-page";
import { searchTeam } from "@/lib/server/search/search-team";
import { defineEndpoint } from "../endpoint";

export const entityAndSearchEndpoints = [
  defineEndpoint({
    method: "GET",
    path: "/entities",
    operationId: "listEntities",
    tag: "Entities",
    summary: "The team's people and organisations, found by any name or alias in any script",
    permission: "team.read",
    query: z.object({ query: z.string().trim().max(200).optional(), cursor: z.string().max(300).optional() }),
    response: pageOf(ZApiEntity, "EntityList"),
    async run(member, { query }) {
      const page = await listEntityPage(member, { query: query.query, cursor: query.cursor });
      return { items: page.items, next: page.nextCursor };
    },
  }),
  defineEndpoint({
    method: "POST",
    path: "/entities",
    operationId: "createEntity",
    tag: "Entities",
    summary: "Add a person or organisation with its names and aliases",
    permission: "entity.manage",
    body: ZCreateEntityInput,
    response: ZApiEntity,
    status: 201,
    run: (member, { body }) => createEntity(member, body),
  }),
  defineEndpoint({
    method: "GET",
    path: "/search",
    operationId: "search",
    tag: "Search",
    summary: "Search the team's claims, articles and sources as the search page does",
    description:
      "Arabic words are found under attached و، ف، ال، بال…; words in double quotes must stand together; a query naming an entity also finds its claims. Claims are ranked by relevance when they are few, else newest first (`order`).",
    permission: "team.read",
    query: ZSearchInput,
    response: ZApiSearchResults,
    async run(member, { query }) {
      const results = await searchTeam(member, query);
      return {
        claims: results.claims.map((hit) => ({
          id: hit.id,
          articleId: hit.article.id,
          snippet: hit.snippet,
          type: hit.type as z.input<typeof ZApiSearchResults>["claims"][number]["type"],
          status: hit.status as z.input<typeof ZApiSearchResults>["claims"][number]["status"],
        })),
        order: results.order,
        next: results.nextCursor,
        articles: results.articles.map(({ id, title, snippet }) => ({ id, title, snippet })),
        sources: results.sources.map(({ id, title, snippet }) => ({ id, title, snippet })),
      };
    },
  }),
];
