import "server-only";
import { ZApiTagList } from "@/lib/schemas/api/resources";
import { listTagChoices } from "@/lib/server/tags/list-tags";
import { defineEndpoint } from "../endpoint";
import { toApiTag } from "../resources";

/** The team's tags, to filter GET /claims?tagId= and GET /articles?tagId=. Internal to the team, never public. */
export const tagEndpoints = [
  defineEndpoint({
    method: "GET",
    path: "/tags",
    operationId: "listTags",
    tag: "Tags",
    summary: "List the team's tags by name",
    permission: "team.read",
    response: ZApiTagList,
    run: async (member) => ({ items: (await listTagChoices(member)).map(toApiTag) }),
  }),
];
