import { describe, expect, it } from "vitest";
import type { Member } from "@/lib/auth/member";
import { db } from "@/lib/db";
import { claimsOfCaseWhere } from "@/lib/server/cases/case-scope";
import { getCaseFigures } from "@/lib/server/cases/get-case-figures";
import { getCaseOverview } from "@/lib/server/cases/get-case-overview";
import { getCaseTimeline } from "@/lib/server/cases/get-case-timeline";
import { listCaseChoices } from "@/lib/server/cases/list-case-choices";
import { countingStatements } from "./sql-counting";
import { addEntity, createArticle, createTeam, refusal } from "./support";

const statements = countingStatements();
const NOW = new Date("2025-11-01T00:00:00Z");

type Killed = { min: number | null; max: number | null };

/** A case of two articles (one with all its claims, one with a chosen claim) and a stray claim outside it. */
async function haremCase() {
  const { team, members } = await createTeam();
  const editor = members.EDITOR;
  const sohr = await addEntity(editor, { name: "SOHR", arabicName: "المرصد السوري", kind: "ORGANIZATION" });
  const ministry = await addEntity(editor, { name: "Interior ministry", kind: "GOVERNMENT_BODY" });
  const afp = await addEntity(editor, { name: "AFP", kind: "OUTLET" });
  const first = await createArticle(team.id, "Harem operation");
  const second = await createArticle(team.id, "Harem, the day after");
  const elsewhere = await createArticle(team.id, "Unrelated");
  const revisionOf = async (articleId: string) =>
    (await db.articleRevision.findFirstOrThrow({ where: { articleId } })).id;
  let offset = 0;
  const claim = async (
    articleId: string,
    fields: {
      statement: string;
      status?: "NEW" | "IN_PROGRESS" | "IN_REVIEW" | "PUBLISHED" | "RETRACTED";
      claimantId?: string | null;
      killed?: Killed;
      claimedAt?: string;
      createdAt?: string;
      sameAsId?: string;
    },
  ) =>
    db.claim.create({
      data: {
        teamId: team.id,
        articleId,
        revisionId: await revisionOf(articleId),
        type: fields.killed ? "CASUALTY_REPORT" : "STATEMENT",
        details: fields.killed
          ? { type: "CASUALTY_REPORT", casualty: { killed: fields.killed, parties: [], asOf: "2025-10-10" } }
          : undefined,
        status: fields.status ?? "NEW",
        startOffset: offset,
        endOffset: (offset += 1),
        exact: "x",
        prefix: "",
        suffix: "",
        statement: fields.statement,
        claimantId: fields.claimantId ?? null,
        claimedAt: fields.claimedAt ? new Date(fields.claimedAt) : null,
        createdAt: fields.createdAt ? new Date(fields.createdAt) : undefined,
        sameAsId: fields.sameAsId ?? null,
      },
    });
  const sohrKilled = await claim(first.id, {
    statement: "At least one person was killed in the Harem camp raid.",
    claimantId: sohr.id,
    killed: { min: 1, max: null },
    claimedAt: "2025-10-11T08:00:00Z",
    createdAt: "2025-10-12T00:00:00Z",
    status: "IN_REVIEW",
  });
  const noCasualties = await claim(first.id, {
    statement: "The operation ended with no casualties.",
    claimantId: ministry.id,
    killed: { min: 0, max: 0 },
    claimedAt: "2025-10-11T12:00:00Z",
    status: "PUBLISHED",
  });
  const repeated = await claim(first.id, {
    statement: "Security forces entered the camp at dawn.",
    claimantId: ministry.id,
    claimedAt: "2025-10-13T00:00:00Z",
    sameAsId: sohrKilled.id,
  });
  const retracted = await claim(first.id, {
    statement: "Ten people were killed.",
    killed: { min: 10, max: 10 },
    status: "RETRACTED",
  });
  const chosen = await claim(second.id, { statement: "The camp was emptied.", claimantId: sohr.id });
  const notChosen = await claim(second.id, { statement: "Not in the case.", killed: { min: 50, max: 50 } });
  const outside = await claim(elsewhere.id, { statement: "Outside the case.", killed: { min: 99, max: 99 } });
  const harem = await db.case.create({
    data: { teamId: team.id, title: "Harem camp operation", eventStart: new Date("2025-10-10T00:00:00Z") },
  });
  await db.caseArticle.create({ data: { caseId: harem.id, articleId: first.id, allClaims: true } });
  await db.caseArticle.create({ data: { caseId: harem.id, articleId: second.id, allClaims: false } });
  await db.caseClaim.create({ data: { caseId: harem.id, claimId: chosen.id } });
  // Sources: two relay SOHR (one origin), one AFP report refutes the ministry, one listed by hand.
  const source = (title: string, originId: string | null, publishedAt: string, outlet: string | null = null) =>
    db.source.create({
      data: { teamId: team.id, title, kind: "NEWS_REPORT", originId, outlet, publishedAt: new Date(publishedAt) },
    });
  const relayA = await source("Enab Baladi: SOHR says one killed", sohr.id, "2025-10-11T10:00:00Z");
  const relayB = await source("Syria TV: SOHR count", sohr.id, "2025-10-11T11:00:00Z");
  const afpReport = await source("AFP: one dead in Harem raid", afp.id, "2025-10-11T15:00:00Z");
  const listed = await source("Local council statement", null, "2025-10-09T00:00:00Z", "Harem council");
  await db.caseSource.create({ data: { caseId: harem.id, sourceId: listed.id } });
  const evidence = (claimId: string, sourceId: string, stance: "SUPPORTS" | "REFUTES") =>
    db.evidence.create({ data: { teamId: team.id, claimId, sourceId, stance } });
  await evidence(sohrKilled.id, relayA.id, "SUPPORTS");
  await evidence(sohrKilled.id, relayB.id, "SUPPORTS");
  await evidence(noCasualties.id, afpReport.id, "REFUTES");
  await evidence(noCasualties.id, relayA.id, "SUPPORTS");
  await evidence(chosen.id, afpReport.id, "SUPPORTS");
  await evidence(chosen.id, listed.id, "SUPPORTS");
  return {
    team,
    members,
    harem,
    entities: { sohr, ministry, afp },
    claims: { sohrKilled, noCasualties, repeated, retracted, chosen, notChosen, outside },
    sources: { relayA, relayB, afpReport, listed },
  };
}

describe("the case overview", () => {
  it("counts the case's figures: statuses, verdicts, independent confirmations, conflicts, the oldest open claim", async () => {
    const { members, harem, claims } = await haremCase();
    const { result: overview, statements: count } = await statements(() =>
      getCaseOverview(members.VIEWER, { caseId: harem.id }, { now: NOW }),
    );
    // The fingerprint of the case's material (case-material-cache.ts), then its four reads, labels and texts.
    expect(count).toBeLessThanOrEqual(7);
    const { figures } = overview;
    expect(figures.claims).toBe(5);
    // The same claims as the one rule of what belongs to a case (case-scope.ts).
    expect(figures.claims).toBe(
      await db.claim.count({ where: { teamId: harem.teamId, ...claimsOfCaseWhere(harem.id) } }),
    );
    expect(
      Object.fromEntries(figures.byStatus.filter((row) => row.count).map((row) => [row.status, row.count])),
    ).toEqual({
      NEW: 2,
      IN_REVIEW: 1,
      PUBLISHED: 1,
      RETRACTED: 1,
    });
    expect(figures.unrated).toBe(5);
    expect(figures.byVerdict.every((row) => row.count === 0)).toBe(true);
    // The chosen claim: AFP and the council (two origins, neither its claimant). SOHR's own claim rests on SOHR.
    expect(figures.byIndependence).toEqual({ independent: 1, oneOrigin: 1, contested: 1, noEvidence: 2 });
    expect(figures.independentConfirmations).toBe(1);
    // SOHR (≥ 1) against the ministry (0); the retracted "ten killed" no longer counts.
    expect(figures).toMatchObject({ openConflicts: 1, conflictsExact: true });
    expect(figures.oldestOpen).toMatchObject({ id: claims.sohrKilled.id, days: 20 });
    expect(overview.byIndependence.find((group) => group.independence === "contested")!.first[0]!.id).toBe(
      claims.noCasualties.id,
    );
  });

  it("lists every conflicting pair side by side, only from the case's own casualty reports", async () => {
    const { members, harem, claims } = await haremCase();
    const overview = await getCaseOverview(members.VIEWER, { caseId: harem.id }, { now: NOW });
    expect(overview.conflicts.total).toBe(1);
    expect(overview.conflicts.pairs).toHaveLength(1);
    const [pair] = overview.conflicts.pairs;
    // Claims come oldest first: SOHR's report was created before the ministry's.
    expect([pair!.first.id, pair!.second.id]).toEqual([claims.sohrKilled.id, claims.noCasualties.id]);
    expect(pair!.conflicts).toEqual([{ count: "killed", mine: { min: 1, max: null }, theirs: { min: 0, max: 0 } }]);
    const ids = overview.byStatus.flatMap((group) => group.first.map((claim) => claim.id));
    expect(ids).not.toContain(claims.notChosen.id);
    expect(ids).not.toContain(claims.outside.id);
  });

  it("groups claims by claimant and sources by origin (listed and cited, the SOHR relays as one origin)", async () => {
    const { members, harem, entities, sources } = await haremCase();
    const overview = await getCaseOverview(members.VIEWER, { caseId: harem.id }, { now: NOW });
    // Largest first; the two claimants with two claims each in either order, the claims without one last.
    const groups = overview.byClaimant.map((group) => [group.claimant?.name ?? null, group.count]);
    expect(groups.slice(0, 2).sort()).toEqual([
      ["Interior ministry", 2],
      ["SOHR", 2],
    ]);
    expect(groups[2]).toEqual([null, 1]);
    expect(overview.origins.totalSources).toBe(4);
    const sohrGroup = overview.origins.groups.find((group) => group.key === `entity:${entities.sohr.id}`)!;
    expect(sohrGroup).toMatchObject({ count: 2, isEntity: true, labelAr: "المرصد السوري" });
    const council = overview.origins.groups.find((group) => group.label === "Harem council")!;
    expect(council.sources).toEqual([expect.objectContaining({ id: sources.listed.id, listed: true })]);
  });

  it("answers NOT_FOUND for another team's case or a malformed id, and lets every role of the team read", async () => {
    const { members, harem } = await haremCase();
    const other = await createTeam(["ADMIN"]);
    for (const call of [
      () => getCaseOverview(other.members.ADMIN, { caseId: harem.id }),
      () => getCaseTimeline(other.members.ADMIN, { caseId: harem.id }),
      () => getCaseFigures(other.members.ADMIN, { caseId: harem.id }),
      () => getCaseOverview(members.ADMIN, { caseId: "1 OR 1=1" }),
    ])
      expect((await refusal(call)).code).toBe("NOT_FOUND");
    expect(await listCaseChoices(other.members.ADMIN)).toEqual([]);
    for (const member of Object.values(members) as Member[])
      expect((await getCaseOverview(member, { caseId: harem.id }, { now: NOW })).case.title).toBe(
        "Harem camp operation",
      );
  });

  it("gives the dashboard the same figures as the overview", async () => {
    const { members, harem } = await haremCase();
    const overview = await getCaseOverview(members.EDITOR, { caseId: harem.id }, { now: NOW });
    const { result, statements: count } = await statements(() =>
      getCaseFigures(members.EDITOR, { caseId: harem.id }, { now: NOW }),
    );
    expect(count).toBeLessThanOrEqual(6);
    expect(result.figures).toEqual(overview.figures);
    expect(await listCaseChoices(members.VIEWER)).toEqual([{ id: harem.id, title: "Harem camp operation" }]);
  });
});

describe("the case timeline", () => {
  it("places claims, reported events and sources in time, says who said it first and who repeated whom", async () => {
    const { members, harem, claims, sources } = await haremCase();
    const { result: timeline, statements: count } = await statements(() =>
      getCaseTimeline(members.VIEWER, { caseId: harem.id }),
    );
    expect(count).toBeLessThanOrEqual(6);
    const line = timeline.events.map((event) => `${event.kind}:${event.claim?.statement ?? event.source?.title}`);
    expect(line).toEqual([
      "published:Local council statement",
      "happened:At least one person was killed in the Harem camp raid.",
      "happened:The operation ended with no casualties.",
      "happened:Ten people were killed.",
      "claimed:At least one person was killed in the Harem camp raid.",
      "published:Enab Baladi: SOHR says one killed",
      "published:Syria TV: SOHR count",
      "claimed:The operation ended with no casualties.",
      "published:AFP: one dead in Harem raid",
      "claimed:Security forces entered the camp at dawn.",
    ]);
    const roleOf = (kind: string, id: string) =>
      timeline.events.find((event) => event.kind === kind && (event.claim?.id ?? event.source?.id) === id)!;
    expect(roleOf("claimed", claims.sohrKilled.id).role).toBe("first");
    expect(roleOf("claimed", claims.repeated.id)).toMatchObject({
      role: "repeat",
      repeats: { id: claims.sohrKilled.id },
    });
    expect(roleOf("published", sources.relayA.id)).toMatchObject({
      role: "repeat",
      repeats: { id: claims.sohrKilled.id },
    });
    expect(roleOf("published", sources.afpReport.id).role).toBeNull();
    expect(timeline.claimants.map((claimant) => claimant.name)).toEqual(["Interior ministry", "SOHR"]);
  });

  it("filters by claimant and type, sources following the claims that cite them", async () => {
    const { members, harem, entities } = await haremCase();
    const ministry = await getCaseTimeline(members.VIEWER, { caseId: harem.id, claimantId: entities.ministry.id });
    expect(ministry.events.map((event) => `${event.kind}:${event.claim?.statement ?? event.source?.title}`)).toEqual([
      "happened:The operation ended with no casualties.",
      "published:Enab Baladi: SOHR says one killed",
      "claimed:The operation ended with no casualties.",
      "published:AFP: one dead in Harem raid",
      "claimed:Security forces entered the camp at dawn.",
    ]);
    const statements = await getCaseTimeline(members.VIEWER, { caseId: harem.id, type: "STATEMENT" });
    expect(statements.events.filter((event) => event.claim).map((event) => event.claim!.type)).toEqual(["STATEMENT"]);
  });
});
