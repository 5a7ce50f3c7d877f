import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addRevision } from "@/lib/server/articles/add-revision";
import { getArticle } from "@/lib/server/articles/get-article";
import { importArticle } from "@/lib/server/articles/import-article";
import { createClaim } from "@/lib/server/claims/create-claim";
import { deleteClaim } from "@/lib/server/claims/delete-claim";
import { dismissSuggestion } from "@/lib/server/claims/dismiss-suggestion";
import { suggestClaimsForArticle } from "@/lib/server/claims/suggest-claims-for-article";
import { findCheckedMatchesForArticle } from "@/lib/server/search/find-checked-matches-for-article";
import { updateClaim } from "@/lib/server/claims/update-claim";
import { createEntity } from "@/lib/server/entities/create-entity";
import { listEntities } from "@/lib/server/entities/list-entities";
import { fetchArticleFromUrl } from "@/lib/server/net/fetch-article";
import { articlePageHtml, loopbackSite } from "./fixture-site";
import { auditEventsFor, createTeam } from "./support";

const REFERENCE = readFileSync(path.join(import.meta.dirname, "../fixtures/articles/002_494f5185cd61c60b.txt"), "utf8");
const QUOTE = "وردت معلومات عن سقوط عدد من القتلى والجرحى";

const site = loopbackSite();
site.serveHtml("/article", articlePageHtml("مخيم حارم", REFERENCE));
site.serveHtml("/empty", "<html><body><nav>Home</nav></body></html>");

/** The fixture server is reached through an explicit allowlist; the default stays closed. */
const allowFixture: typeof fetchArticleFromUrl = (url) =>
  fetchArticleFromUrl(url, { allow: [new URL(site.base).host] });

async function importReference(member: Parameters<typeof importArticle>[0]) {
  const { articleId } = await importArticle(member, {
    source: "paste",
    text: REFERENCE,
    title: undefined,
    publisher: "Annahar",
  } as never);
  return getArticle(member, articleId);
}

describe("importing articles", () => {
  it("pastes the Arabic reference article as a right-to-left revision with its hash and an audit event", async () => {
    const { members } = await createTeam(["FACT_CHECKER"]);
    const article = await importReference(members.FACT_CHECKER);
    expect(article).toMatchObject({ language: "ar", direction: "rtl", publisher: "Annahar", revisionCount: 1 });
    expect(article.title).toBe("قوّات سورية تطوّق مخيّماً يضم جهاديين فرنسيين في إدلب (فيديو)");
    expect(article.revision.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(article.revision.text).toContain("\n\n");
    expect((await auditEventsFor(article.id)).map((event) => event.action)).toEqual(["article.create"]);
  });

  it("fetches a page by URL through the SSRF-safe fetcher and keeps its main text", async () => {
    const { members } = await createTeam(["FACT_CHECKER"]);
    const { articleId } = await importArticle(
      members.FACT_CHECKER,
      { source: "url", fetchUrl: `${site.base}/article` } as never,
      allowFixture,
    );
    const article = await getArticle(members.FACT_CHECKER, articleId);
    expect(article.revision.text).toContain(QUOTE);
    expect(article.direction).toBe("rtl");
    expect(article.url).toBe(`${site.base}/article`);
  });

  it("refuses bad input with a reason and creates nothing", async () => {
    const { team, members } = await createTeam(["FACT_CHECKER"]);
    const member = members.FACT_CHECKER;
    const binary = new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2])], "scan.txt", { type: "text/plain" });
    await expect(importArticle(member, { source: "paste", text: "  \n\n " } as never)).rejects.toMatchObject({
      details: { reason: "emptyText" },
    });
    await expect(importArticle(member, { source: "file", file: binary } as never)).rejects.toMatchObject({
      details: { reason: "binaryFile" },
    });
    await expect(
      importArticle(member, { source: "url", fetchUrl: `${site.base}/empty` } as never, allowFixture),
    ).rejects.toMatchObject({ details: { reason: "NO_ARTICLE_TEXT" } });
    await expect(
      importArticle(member, { source: "url", fetchUrl: `${site.base}/missing` } as never, allowFixture),
    ).rejects.toMatchObject({ details: { reason: "HTTP_ERROR" } });
    // The length cap holds after extraction on every path, not only for pasted text.
    const longText = new File(["نص ".repeat(500_000)], "long.txt", { type: "text/plain" });
    await expect(importArticle(member, { source: "file", file: longText } as never)).rejects.toMatchObject({
      details: { reason: "textTooLong" },
    });
    // HTML a recursive parser would overflow on is refused before it is parsed.
    const deep = new File([`<html><body>${"<div>".repeat(100_000)}text`], "deep.html", { type: "text/html" });
    await expect(importArticle(member, { source: "file", file: deep } as never)).rejects.toMatchObject({
      details: { reason: "PAGE_TOO_COMPLEX" },
    });
    // Without the allowlist, the same loopback server is out of reach.
    await expect(
      importArticle(member, { source: "url", fetchUrl: `${site.base}/article` } as never),
    ).rejects.toMatchObject({
      details: { reason: "FORBIDDEN_ADDRESS" },
    });
    expect(await db.article.count({ where: { teamId: team.id } })).toBe(0);
  });

  it("a viewer can read but not import", async () => {
    const { members } = await createTeam(["VIEWER"]);
    await expect(importArticle(members.VIEWER, { source: "paste", text: REFERENCE } as never)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("claims", () => {
  it("creates an anchored claim from a span, cut from the stored text", async () => {
    const { members } = await createTeam(["FACT_CHECKER"]);
    const article = await importReference(members.FACT_CHECKER);
    const start = article.revision.text.indexOf(QUOTE);
    const sohr = await createEntity(members.FACT_CHECKER, {
      name: "Syrian Observatory for Human Rights",
      kind: "ORGANIZATION",
      description: null,
      aliases: ["المرصد السوري لحقوق الإنسان", "SOHR"],
      sameAs: [],
    });
    const claim = await createClaim(members.FACT_CHECKER, {
      articleId: article.id,
      revisionId: article.revision.id,
      start,
      end: start + QUOTE.length,
      details: {
        type: "CASUALTY_REPORT",
        casualty: { parties: ["French fighters", "security forces"], killed: { min: 1, max: null } },
      },
      claimantId: sohr.id,
    });
    expect(claim).toMatchObject({
      exact: QUOTE,
      type: "CASUALTY_REPORT",
      anchorStatus: "ANCHORED",
      status: "NEW",
      version: 1,
      claimant: { name: sohr.name },
    });
    expect(claim.prefix).toBe(article.revision.text.slice(start - 32, start));
    expect((await auditEventsFor(claim.id)).map((event) => event.action)).toEqual(["claim.create"]);
  });

  it("refuses a stale edit with the current claim, and never overwrites", async () => {
    const { members } = await createTeam(["FACT_CHECKER", "EDITOR"]);
    const article = await importReference(members.FACT_CHECKER);
    const claim = await createClaim(members.FACT_CHECKER, {
      articleId: article.id,
      revisionId: article.revision.id,
      start: 0,
      end: 20,
      details: { type: "EVENT" },
    });
    const fields = {
      statement: "Security forces surrounded the camp",
      details: { type: "EVENT" as const },
      claimantId: null,
      reportedViaId: null,
      claimedAt: null,
      assigneeId: null,
    };
    const first = await updateClaim(members.EDITOR, { claimId: claim.id, version: 1, ...fields });
    expect(first.version).toBe(2);
    const stale = updateClaim(members.FACT_CHECKER, { claimId: claim.id, version: 1, ...fields, statement: "Mine" });
    await expect(stale).rejects.toMatchObject({
      code: "STALE_VERSION",
      details: { current: { version: 2, statement: fields.statement, updatedBy: { name: members.EDITOR.name } } },
    });
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).statement).toBe(fields.statement);
    await expect(deleteClaim(members.FACT_CHECKER, { claimId: claim.id, version: 1 })).rejects.toMatchObject({
      code: "STALE_VERSION",
    });
    await deleteClaim(members.FACT_CHECKER, { claimId: claim.id, version: 2 });
    expect((await auditEventsFor(claim.id)).map((event) => event.action)).toEqual([
      "claim.create",
      "claim.update",
      "claim.delete",
    ]);
  });

  it("suggests claims, and a dismissed suggestion stays dismissed", async () => {
    const { members } = await createTeam(["FACT_CHECKER"]);
    const article = await importReference(members.FACT_CHECKER);
    const first = await suggestClaimsForArticle(members.FACT_CHECKER, article.id);
    const casualty = first.suggestions.find((suggestion) => suggestion.quote.includes("القتلى"));
    expect(casualty?.type).toBe("CASUALTY_REPORT");
    await dismissSuggestion(members.FACT_CHECKER, {
      articleId: article.id,
      start: casualty!.start,
      end: casualty!.end,
    });
    const second = await suggestClaimsForArticle(members.FACT_CHECKER, article.id);
    expect(
      second.suggestions.some((suggestion) => suggestion.start === casualty!.start && suggestion.end === casualty!.end),
    ).toBe(false);
    expect(second.suggestions.length).toBe(first.suggestions.length - 1);
  });

  it("re-anchors claims when a corrected revision arrives", async () => {
    const { members } = await createTeam(["FACT_CHECKER"]);
    const article = await importReference(members.FACT_CHECKER);
    const text = article.revision.text;
    const start = text.indexOf(QUOTE);
    const moved = await createClaim(members.FACT_CHECKER, {
      articleId: article.id,
      revisionId: article.revision.id,
      start,
      end: start + QUOTE.length,
      details: { type: "CASUALTY_REPORT", casualty: { parties: [] } },
    });
    const lost = "رفضه تسليم نفسه";
    const lostStart = text.indexOf(lost);
    const orphan = await createClaim(members.FACT_CHECKER, {
      articleId: article.id,
      revisionId: article.revision.id,
      start: lostStart,
      end: lostStart + lost.length,
      details: { type: "EVENT" },
    });

    const corrected = `تصحيح: عُدّل هذا المقال.\n\n${text.replace(lost, "")}`;
    const result = await addRevision(members.FACT_CHECKER, { articleId: article.id, text: corrected });
    expect(result).toMatchObject({ number: 2, anchors: { MOVED: 1, ORPHANED: 1 } });

    const after = await getArticle(members.FACT_CHECKER, article.id);
    const movedAfter = after.claims.find((claim) => claim.id === moved.id)!;
    expect(movedAfter).toMatchObject({ anchorStatus: "MOVED", revisionId: result.revisionId, exact: QUOTE });
    expect(after.revision.text.slice(movedAfter.start, movedAfter.end)).toBe(QUOTE);
    expect(after.claims.find((claim) => claim.id === orphan.id)).toMatchObject({
      anchorStatus: "ORPHANED",
      revisionId: article.revision.id,
    });
  });
});

describe("entities", () => {
  it("finds an entity by any spelling, with Arabic normalisation", async () => {
    const { members } = await createTeam(["FACT_CHECKER"]);
    await createEntity(members.FACT_CHECKER, {
      name: "Omar Omsen",
      kind: "PERSON",
      description: null,
      aliases: ["Omar Diaby", "عمر أومسين", "عمر ديابي"],
      sameAs: [],
    });
    for (const query of ["اومسين", "أُومْسِين", "diaby", "OMSEN"]) {
      expect((await listEntities(members.FACT_CHECKER, { query })).map((entity) => entity.name)).toEqual([
        "Omar Omsen",
      ]);
    }
  });
});

describe("team isolation for articles, claims and entities", () => {
  it("gives a member of team A nothing of team B, even with B's ids", async () => {
    const a = await createTeam(["FACT_CHECKER"]);
    const b = await createTeam(["FACT_CHECKER"]);
    const article = await importReference(b.members.FACT_CHECKER);
    const claim = await createClaim(b.members.FACT_CHECKER, {
      articleId: article.id,
      revisionId: article.revision.id,
      start: 0,
      end: 10,
      details: { type: "EVENT" },
    });
    const entity = await createEntity(b.members.FACT_CHECKER, {
      name: "Secret source",
      kind: "PERSON",
      description: null,
      aliases: [],
      sameAs: [],
    });
    const intruder = a.members.FACT_CHECKER;
    const fields = {
      statement: "x",
      details: { type: "EVENT" as const },
      claimantId: null,
      reportedViaId: null,
      claimedAt: null,
      assigneeId: null,
    };

    await expect(getArticle(intruder, article.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(suggestClaimsForArticle(intruder, article.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      findCheckedMatchesForArticle(intruder, { articleId: article.id, quotes: [article.revision.text.slice(0, 80)] }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      createClaim(intruder, {
        articleId: article.id,
        revisionId: article.revision.id,
        start: 0,
        end: 5,
        details: { type: "EVENT" },
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateClaim(intruder, { claimId: claim.id, version: 1, ...fields })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(deleteClaim(intruder, { claimId: claim.id, version: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(addRevision(intruder, { articleId: article.id, text: "x" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await listEntities(intruder, { query: "Secret" })).toEqual([]);
    // B's entity cannot be attached to A's claim either.
    const own = await importReference(intruder);
    await expect(
      createClaim(intruder, {
        articleId: own.id,
        revisionId: own.revision.id,
        start: 0,
        end: 5,
        details: { type: "EVENT" },
        claimantId: entity.id,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
