import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ZCreateEntityInput } from "@/lib/schemas/entities";
import { createClaim } from "@/lib/server/claims/create-claim";
import { createEntity } from "@/lib/server/entities/create-entity";
import { listEntities } from "@/lib/server/entities/list-entities";
import { updateEntity } from "@/lib/server/entities/update-entity";
import { auditEventsFor, createArticle, createTeam } from "./support";

/** An entity's name in the Arabic interface: stored, audited, searchable, and carried with the claims it makes. */
describe("an entity's Arabic name", () => {
  it("is saved with the entity, found by search, audited, and carried by its claims", async () => {
    const { team, members } = await createTeam(["EDITOR"]);
    const input = ZCreateEntityInput.parse({
      name: "Ghassan Bakir",
      arabicName: " غسان باكير ",
      kind: "PERSON",
      aliases: ["Brigadier Bakir"],
    });
    const entity = await createEntity(members.EDITOR, input);
    expect(entity).toMatchObject({ name: "Ghassan Bakir", arabicName: "غسان باكير", aliases: ["Brigadier Bakir"] });
    // Found by its Arabic name, like any alias.
    expect((await listEntities(members.EDITOR, { query: "باكير" })).map((found) => found.id)).toEqual([entity.id]);

    const article = await createArticle(team.id, "Bakir said the negotiations failed.");
    const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId: article.id } });
    const claim = await createClaim(members.EDITOR, {
      articleId: article.id,
      revisionId: revision.id,
      start: 0,
      end: 10,
      statement: "",
      details: { type: "STATEMENT" },
      claimantId: entity.id,
    } as never);
    expect(claim.claimant).toEqual({ id: entity.id, name: "Ghassan Bakir", arabicName: "غسان باكير" });

    const updated = await updateEntity(members.EDITOR, {
      ...input,
      arabicName: null,
      entityId: entity.id,
      version: entity.version,
    });
    expect(updated.arabicName).toBeNull();
    expect(await listEntities(members.EDITOR, { query: "باكير" })).toEqual([]);
    const events = await auditEventsFor(entity.id);
    expect(events.map((event) => event.action)).toEqual(["entity.create", "entity.update"]);
    expect(events[1]!.before).toMatchObject({ arabicName: "غسان باكير" });
    expect(events[1]!.after).toMatchObject({ arabicName: null });
  });

  it("refuses an overlong Arabic name and treats an empty one as none", () => {
    const base = { name: "SOHR", kind: "ORGANIZATION" };
    expect(ZCreateEntityInput.safeParse({ ...base, arabicName: "م".repeat(201) }).success).toBe(false);
    expect(ZCreateEntityInput.parse({ ...base, arabicName: "  " }).arabicName).toBeNull();
    expect(ZCreateEntityInput.parse(base).arabicName).toBeNull();
  });
});
