import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addToCase } from "@/lib/server/cases/add-to-case";
import { createCase } from "@/lib/server/cases/create-case";
import { deleteCase } from "@/lib/server/cases/delete-case";
import { getCase } from "@/lib/server/cases/get-case";
import { listCaseMembers } from "@/lib/server/cases/list-case-members";
import { listCases } from "@/lib/server/cases/list-cases";
import { listCasesOf } from "@/lib/server/cases/list-cases-of";
import { removeFromCase } from "@/lib/server/cases/remove-from-case";
import { updateCase } from "@/lib/server/cases/update-case";
import { countingStatements } from "./sql-counting";
import { auditEventsFor, createArticle, createTeam, refusal } from "./support";

const count = countingStatements();

async function addClaim(teamId: string, articleId: string, start: number) {
  const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId } });
  return db.claim.create({
    data: {
      teamId,
      articleId,
      revisionId: revision.id,
      type: "EVENT",
      startOffset: start,
      endOffset: start + 4,
      exact: "Five",
      prefix: "",
      suffix: "",
      statement: `Claim at ${start}`,
    },
  });
}

async function desk() {
  const { team, members } = await createTeam();
  const article = await createArticle(team.id, "Five people were killed in Harem");
  const claim = await addClaim(team.id, article.id, 0);
  const source = await db.source.create({ data: { teamId: team.id, title: "SOHR statement", kind: "NGO_REPORT" } });
  return { team, members, article, claim, source };
}

const harem = {
  title: "Harem camp operation, Oct 2025",
  summary: "Strikes on the camp.",
  places: ["Harem", " ", "Harem", "Idlib"],
};

describe("cases", () => {
  it("are created, edited at the version seen (a stale save is CONFLICT), and deleted by editors", async () => {
    const { members } = await desk();
    const checker = members.FACT_CHECKER;
    const created = await createCase(checker, {
      ...harem,
      leadId: members.EDITOR.userId,
      eventStart: "2025-10-03",
      eventEnd: "2025-10-05",
    });
    expect(created).toMatchObject({
      title: harem.title,
      places: ["Harem", "Idlib"],
      eventStart: "2025-10-03",
      eventEnd: "2025-10-05",
      leadId: members.EDITOR.userId,
      version: 1,
    });
    const edited = await updateCase(members.EDITOR, { ...created, caseId: created.id, title: "Harem operation" });
    expect(edited).toMatchObject({ title: "Harem operation", version: 2 });
    const stale = await refusal(() => updateCase(checker, { ...created, caseId: created.id, title: "Lost" }));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.details?.current).toMatchObject({ title: "Harem operation", version: 2 });
    const header = await getCase(checker, created.id);
    expect(header).toMatchObject({
      title: "Harem operation",
      leadName: members.EDITOR.name,
      updatedById: members.EDITOR.userId,
    });
    expect(header?.hasPublishedEdition).toBe(false);
    expect((await auditEventsFor(created.id)).map((event) => event.action)).toEqual(["case.create", "case.update"]);

    expect((await refusal(() => deleteCase(checker, { caseId: created.id }))).code).toBe("FORBIDDEN");
    await deleteCase(members.EDITOR, { caseId: created.id });
    expect(await getCase(checker, created.id)).toBeNull();
    expect((await auditEventsFor(created.id)).map((event) => event.action).at(-1)).toBe("case.delete");
  });

  it("refuse bad fields: empty or long title, long summary, too many places, end before start, a stranger as lead", async () => {
    const { members } = await desk();
    const stranger = (await desk()).members.EDITOR;
    const checker = members.FACT_CHECKER;
    const bad = [
      { title: "  " },
      { title: "x".repeat(201) },
      { title: "Ok", summary: "x".repeat(5001) },
      { title: "Ok", places: Array.from({ length: 21 }, (_, i) => `P${i}`) },
      { title: "Ok", places: ["x".repeat(101)] },
      { title: "Ok", eventStart: "2025-10-05", eventEnd: "2025-10-03" },
      { title: "Ok", eventStart: "not a date" },
      { title: "Ok", leadId: "1 OR 1=1" },
    ];
    for (const input of bad) expect((await refusal(() => createCase(checker, input))).code).toBe("VALIDATION");
    const lead = await refusal(() => createCase(checker, { title: "Ok", leadId: stranger.userId }));
    expect(lead).toMatchObject({ code: "VALIDATION", details: { field: "leadId" } });
    expect(await db.case.count({ where: { teamId: checker.teamId } })).toBe(0);
    expect((await refusal(() => createCase(members.VIEWER, { title: "Ok" }))).code).toBe("FORBIDDEN");
  });

  it("gather articles with all their claims (also those split later), chosen claims, and sources; twice is harmless", async () => {
    const { team, members, article, claim, source } = await desk();
    const checker = members.FACT_CHECKER;
    const editor = members.EDITOR;
    const kase = await createCase(editor, { title: "Harem" });
    await addToCase(checker, { caseId: kase.id, member: { kind: "article", id: article.id, allClaims: true } });
    expect(await addToCase(checker, { caseId: kase.id, member: { kind: "article", id: article.id } })).toEqual({
      added: false,
    });
    await addToCase(checker, { caseId: kase.id, member: { kind: "source", id: source.id } });
    expect(await addToCase(checker, { caseId: kase.id, member: { kind: "source", id: source.id } })).toEqual({
      added: false,
    });
    // A claim split after the article joined the case is in it.
    const later = await addClaim(team.id, article.id, 10);
    let header = await getCase(members.VIEWER, kase.id);
    expect(header?.counts).toEqual({ articles: 1, claims: 2, sources: 1 });
    // Membership changes name their author as the case's last editor, without making the edit form stale.
    expect(header).toMatchObject({ updatedById: checker.userId, version: 1 });
    expect((await listCasesOf(members.VIEWER, "claim", later.id)).in).toEqual([
      { id: kase.id, title: "Harem", via: "article" },
    ]);

    // The article as context: only chosen claims count.
    const other = await createArticle(team.id, "Officials denied it");
    const chosen = await addClaim(team.id, other.id, 0);
    const notChosen = await addClaim(team.id, other.id, 8);
    await addToCase(checker, { caseId: kase.id, member: { kind: "article", id: other.id, allClaims: false } });
    await addToCase(checker, { caseId: kase.id, member: { kind: "claim", id: chosen.id } });
    header = await getCase(checker, kase.id);
    expect(header?.counts).toEqual({ articles: 2, claims: 3, sources: 1 });
    const members1 = await listCaseMembers(checker, kase.id);
    expect(members1?.articles.map((row) => [row.id, row.allClaims])).toEqual([
      [other.id, false],
      [article.id, true],
    ]);
    expect(members1?.claims.map((row) => row.id)).toEqual([chosen.id]);
    expect(members1?.claimChoices.map((row) => [row.id, row.chosen])).toEqual([
      [chosen.id, true],
      [notChosen.id, false],
    ]);
    expect((await listCasesOf(checker, "claim", notChosen.id)).in).toEqual([]);
    expect((await listCasesOf(checker, "claim", chosen.id)).in).toEqual([{ id: kase.id, title: "Harem" }]);
    expect((await listCasesOf(checker, "source", source.id)).in).toEqual([{ id: kase.id, title: "Harem" }]);
    const ofArticle = await listCasesOf(checker, "article", article.id);
    expect(ofArticle.in).toEqual([{ id: kase.id, title: "Harem" }]);
    expect(ofArticle.choices).toEqual([{ id: kase.id, title: "Harem" }]);

    // A source cited by a case's claim belongs to it without being listed.
    const cited = await db.source.create({ data: { teamId: team.id, title: "AFP", kind: "NEWS_REPORT" } });
    await db.evidence.create({ data: { teamId: team.id, claimId: claim.id, sourceId: cited.id, stance: "SUPPORTS" } });
    expect((await getCase(checker, kase.id))?.counts.sources).toBe(2);

    // Removing the all-claims article takes its claims out; removing twice is harmless.
    await removeFromCase(checker, { caseId: kase.id, member: { kind: "article", id: article.id } });
    expect(await removeFromCase(checker, { caseId: kase.id, member: { kind: "article", id: article.id } })).toEqual({
      removed: false,
    });
    expect((await getCase(checker, kase.id))?.counts).toEqual({ articles: 1, claims: 1, sources: 1 });
    const actions = (await auditEventsFor(kase.id)).map((event) => event.action);
    expect(actions).toEqual(["case.create", "case.add", "case.add", "case.add", "case.add", "case.remove"]);
  });

  it("never cross teams: another team's case, article, claim or source is NOT_FOUND, and nothing is written", async () => {
    const a = await desk();
    const b = await desk();
    const kase = await createCase(a.members.FACT_CHECKER, { title: "A's case" });
    const checker = a.members.FACT_CHECKER;
    for (const member of [
      { kind: "article", id: b.article.id },
      { kind: "claim", id: b.claim.id },
      { kind: "source", id: b.source.id },
    ] as const)
      expect((await refusal(() => addToCase(checker, { caseId: kase.id, member }))).code).toBe("NOT_FOUND");
    const outsider = b.members.ADMIN;
    const item = { kind: "source", id: b.source.id } as const;
    expect((await refusal(() => addToCase(outsider, { caseId: kase.id, member: item }))).code).toBe("NOT_FOUND");
    expect(
      (await refusal(() => removeFromCase(outsider, { caseId: kase.id, member: { kind: "source", id: a.source.id } })))
        .code,
    ).toBe("NOT_FOUND");
    expect((await refusal(() => updateCase(outsider, { caseId: kase.id, version: 1, title: "Mine" }))).code).toBe(
      "NOT_FOUND",
    );
    expect((await refusal(() => deleteCase(outsider, { caseId: kase.id }))).code).toBe("NOT_FOUND");
    expect(await getCase(outsider, kase.id)).toBeNull();
    expect(await listCaseMembers(outsider, kase.id)).toBeNull();
    expect((await listCases(outsider)).items.map((row) => row.id)).not.toContain(kase.id);
    expect((await listCasesOf(outsider, "source", a.source.id)).in).toEqual([]);
    expect(await getCase(checker, kase.id)).toMatchObject({
      counts: { articles: 0, claims: 0, sources: 0 },
      version: 1,
    });
    expect(
      (
        await refusal(() =>
          addToCase(a.members.VIEWER, { caseId: kase.id, member: { kind: "source", id: a.source.id } }),
        )
      ).code,
    ).toBe("FORBIDDEN");
  });

  it("list newest first in pages, counted for the page in a fixed number of statements", async () => {
    const { members, article, source } = await desk();
    const checker = members.FACT_CHECKER;
    const ids: string[] = [];
    const id = (index: number) => ids[index]!;
    for (let index = 0; index < 55; index += 1) {
      const created = await createCase(checker, { title: `Case ${index}`, leadId: checker.userId });
      ids.push(created.id);
    }
    await addToCase(checker, { caseId: id(54), member: { kind: "article", id: article.id } });
    await addToCase(checker, { caseId: id(53), member: { kind: "source", id: source.id } });
    const { result: first, statements } = await count(() => listCases(members.VIEWER));
    expect(statements).toBeLessThanOrEqual(3);
    expect(first.total).toBe(55);
    expect(first.items).toHaveLength(50);
    expect(first.items[0]).toMatchObject({
      id: id(54),
      leadName: checker.name,
      counts: { articles: 1, claims: 1, sources: 0 },
    });
    expect(first.items[1]).toMatchObject({ id: id(53), counts: { articles: 0, claims: 0, sources: 1 } });
    const second = await listCases(members.VIEWER, { cursor: first.nextCursor });
    expect(second.items.map((row) => row.id)).toEqual(ids.slice(0, 5).reverse());
    expect(second.nextCursor).toBeNull();
    const { statements: headerStatements } = await count(() => getCase(checker, id(54)));
    expect(headerStatements).toBeLessThanOrEqual(2);
    const { statements: membersStatements } = await count(() => listCaseMembers(checker, id(54)));
    expect(membersStatements).toBeLessThanOrEqual(6);
  });
});
