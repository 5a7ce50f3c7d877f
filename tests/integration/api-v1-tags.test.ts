import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTag } from "@/lib/server/tags/create-tag";
import { updateArticleTags } from "@/lib/server/tags/update-article-tags";
import { updateClaimTags } from "@/lib/server/tags/update-claim-tags";
import { api, tokenFor } from "./api-v1-client";
import { createArticle, createTeam } from "./support";

let team: Awaited<ReturnType<typeof createTeam>>;
let viewer: string;
let stranger: string;
const claims: string[] = [];
const articles: string[] = [];
let harem: { id: string; name: string; color: string };

beforeAll(async () => {
  team = await createTeam(["ADMIN", "FACT_CHECKER", "VIEWER"]);
  viewer = (await tokenFor(team.members.ADMIN, "VIEWER")).token;
  stranger = (await tokenFor((await createTeam(["ADMIN"])).members.ADMIN, "ADMIN")).token;
  const created = await createTag(team.members.ADMIN, { name: "Harem", color: "#0369a1" });
  harem = { id: created.id, name: created.name, color: created.color };
  await createTag(team.members.ADMIN, { name: "Another", color: "#b91c1c" });
  for (let index = 0; index < 5; index += 1) {
    const article = await createArticle(team.team.id, `Article ${index}`);
    const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId: article.id } });
    const claim = await db.claim.create({
      data: {
        teamId: team.team.id,
        articleId: article.id,
        revisionId: revision.id,
        type: "EVENT",
        startOffset: 0,
        endOffset: 5,
        exact: "Artic",
        prefix: "",
        suffix: "",
        statement: `Claim ${index}`,
      },
    });
    articles.push(article.id);
    claims.push(claim.id);
  }
  for (const claimId of [claims[0]!, claims[2]!, claims[4]!])
    await updateClaimTags(team.members.FACT_CHECKER, { claimId, add: [harem.id] });
  await updateArticleTags(team.members.FACT_CHECKER, { articleId: articles[1]!, add: [harem.id] });
});

describe("tags in /api/v1", () => {
  it("lists the team's tags, and filters claims and articles by one, each row carrying its tags", async () => {
    const tags = await api(viewer, "GET", "/tags");
    expect(tags.status).toBe(200);
    expect(tags.body.items!.map((tag) => tag.name)).toEqual(["Another", "Harem"]);

    const seen: string[] = [];
    let next: string | null = `/claims?tagId=${harem.id}&limit=2`;
    while (next) {
      const page: Awaited<ReturnType<typeof api>> = await api(viewer, "GET", next);
      expect(page.status).toBe(200);
      for (const item of page.body.items!) {
        expect(item.tags).toEqual([harem]);
        seen.push(item.id as string);
      }
      const cursor = page.body.next as string | null;
      next = cursor ? `/claims?tagId=${harem.id}&limit=2&cursor=${encodeURIComponent(cursor)}` : null;
    }
    expect(seen.sort()).toEqual([claims[0], claims[2], claims[4]].sort());

    const detail = await api(viewer, "GET", `/claims/${claims[0]}`);
    expect(detail.body.tags).toEqual([harem]);
    expect((await api(viewer, "GET", `/claims/${claims[1]}`)).body.tags).toEqual([]);

    const tagged = await api(viewer, "GET", `/articles?tagId=${harem.id}`);
    expect(tagged.body.items!.map((item) => [item.id, item.tags])).toEqual([[articles[1], [harem]]]);
    expect((await api(viewer, "GET", `/articles/${articles[1]}`)).body.tags).toEqual([harem]);
  });

  it("shows another team nothing of these tags, and refuses a tag id that is not one", async () => {
    expect((await api(stranger, "GET", "/tags")).body.items).toEqual([]);
    expect((await api(stranger, "GET", `/claims?tagId=${harem.id}`)).body.items).toEqual([]);
    expect((await api(stranger, "GET", `/articles?tagId=${harem.id}`)).body.items).toEqual([]);
    expect((await api(stranger, "GET", `/claims/${claims[0]}`)).status).toBe(404);
    expect((await api(viewer, "GET", "/claims?tagId=not-a-uuid")).status).toBe(400);
    expect((await api(viewer, "GET", `/articles?tagId=${"x".repeat(10_000)}`)).status).toBe(400);
  });
});
