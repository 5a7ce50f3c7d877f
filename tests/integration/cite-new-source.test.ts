import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ZCreateSourceInput } from "@/lib/schemas/sources";
import { createClaim } from "@/lib/server/claims/create-claim";
import { getClaim } from "@/lib/server/claims/get-claim";
import { createEntity } from "@/lib/server/entities/create-entity";
import { attachEvidence } from "@/lib/server/evidence/attach-evidence";
import { createSource } from "@/lib/server/sources/create-source";
import { createArticle, createTeam, refusal } from "./support";

// "Cite a source" on a claim adds a new source through the sources page's use case
// (createSourceForCitationAction = authedAction(ZCreateSourceInput, createSource)), then cites it.
describe("a new source from the claim page", () => {
  it("is added to the library, capture queued, and cited for the claim", async () => {
    const { team, members } = await createTeam(["FACT_CHECKER"]);
    const article = await createArticle(team.id, "SOHR reports three wounded near the crossing");
    const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId: article.id } });
    const claim = await createClaim(members.FACT_CHECKER, {
      articleId: article.id,
      revisionId: revision.id,
      start: 0,
      end: 20,
      statement: "",
      details: { type: "CASUALTY_REPORT", casualty: { parties: [] } },
    } as never);
    const input = ZCreateSourceInput.parse({
      url: "https://news.example.org/crossing?utm_source=x",
      title: "",
      kind: "NEWS_REPORT",
    });
    const { source, existing } = await createSource(members.FACT_CHECKER, input);
    expect(existing).toBe(false);
    expect(source).toMatchObject({ url: "https://news.example.org/crossing", capture: { health: "CAPTURING" } });
    await attachEvidence(members.FACT_CHECKER, {
      claimId: claim.id,
      sourceId: source.id,
      stance: "REFUTES",
      passage: null,
      credibility: null,
      note: null,
    });
    const detail = await getClaim(members.FACT_CHECKER, claim.id);
    expect(detail.evidence).toMatchObject([
      { source: { id: source.id }, stance: "REFUTES", capture: { health: "CAPTURING" } },
    ]);
    // The same address again chooses the existing source.
    expect(
      await createSource(
        members.FACT_CHECKER,
        ZCreateSourceInput.parse({ url: "https://news.example.org/crossing#x", kind: "NEWS_REPORT" }),
      ),
    ).toMatchObject({ existing: true, source: { id: source.id } });
  });

  it("refuses a viewer, another team's origin, and oversized or unfetchable input", async () => {
    const { team, members } = await createTeam(["FACT_CHECKER", "VIEWER"]);
    const other = await createTeam(["FACT_CHECKER"]);
    const theirOrigin = await createEntity(other.members.FACT_CHECKER, {
      name: "Their agency",
      kind: "OUTLET",
      description: null,
      aliases: [],
      sameAs: [],
    });
    const input = (fields: Record<string, unknown>) => ZCreateSourceInput.parse({ kind: "NEWS_REPORT", ...fields });
    expect(await refusal(() => createSource(members.VIEWER, input({ url: "https://example.org/a" })))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(
      await refusal(() =>
        createSource(members.FACT_CHECKER, input({ url: "https://example.org/b", originId: theirOrigin.id })),
      ),
    ).toMatchObject({ code: "NOT_FOUND" });
    const oversized = ZCreateSourceInput.safeParse({
      kind: "NEWS_REPORT",
      url: `https://example.org/${"a".repeat(2000)}`,
    });
    expect(oversized.error?.issues[0]?.message).toBe("tooLong");
    expect(ZCreateSourceInput.safeParse({ kind: "NEWS_REPORT", title: "t".repeat(501) }).success).toBe(false);
    expect(
      await refusal(() => createSource(members.FACT_CHECKER, input({ url: "http://169.254.169.254/latest/" }))),
    ).toMatchObject({ code: "BAD_INPUT", details: { reason: "FORBIDDEN_ADDRESS" } });
    expect(await db.source.count({ where: { teamId: team.id } })).toBe(0);
  });
});
