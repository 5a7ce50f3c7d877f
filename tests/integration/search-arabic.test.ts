import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Member } from "@/lib/auth/member";
import { ZSearchInput } from "@/lib/schemas/search";
import { getArticle } from "@/lib/server/articles/get-article";
import { importArticle } from "@/lib/server/articles/import-article";
import { createClaim } from "@/lib/server/claims/create-claim";
import { searchTeam } from "@/lib/server/search/search-team";
import { addEntity, createTeam } from "./support";

const FIXTURES = path.join(import.meta.dirname, "../fixtures/articles");
const ARTICLE_000 = readFileSync(path.join(FIXTURES, "000_084f554aaf88ce56.txt"), "utf8");
const ARTICLE_002 = readFileSync(path.join(FIXTURES, "002_494f5185cd61c60b.txt"), "utf8");

/** "…سعت بدايةً للتفاوض مع زعيم المجموعة…" (000) and "…إلى التفاوض مع المتزعّم…" (002). */
const NEGOTIATION_000 = "سعت بدايةً للتفاوض مع زعيم المجموعة، لكنه رفض الامتثال وفتح النار على عناصر الأمن";
const NEGOTIATION_002 = "سعت قيادة الأمن الداخلي إلى التفاوض مع المتزعّم لتسليم نفسه طوعاً للجهات المختصة";
const OMSEN_IN_TEXT = "يقودها الفرنسي من أصل سنغالي عمر ديابي (عمر أومسين)";
const CASUALTIES = "وردت معلومات عن سقوط عدد من القتلى والجرحى";

/** Each team imports each article once (a second import is refused as a duplicate). */
const imported = new Map<string, string>();

async function claimSentence(
  member: Member,
  text: string,
  sentence: string,
  people: { claimantId?: string; reportedViaId?: string } = {},
) {
  const key = `${member.teamId} ${text.slice(0, 40)}`;
  if (!imported.has(key)) {
    const { articleId } = await importArticle(member, { source: "paste", text } as never);
    imported.set(key, articleId);
  }
  const article = await getArticle(member, imported.get(key)!);
  const start = article.revision.text.indexOf(sentence);
  expect(start, sentence).toBeGreaterThanOrEqual(0);
  return createClaim(member, {
    articleId: article.id,
    revisionId: article.revision.id,
    start,
    end: start + sentence.length,
    statement: "",
    details: { type: "STATEMENT" },
    ...people,
  } as never);
}

const search = (member: Member, q: string) => searchTeam(member, ZSearchInput.parse({ q }));
const ids = async (member: Member, q: string) => new Set((await search(member, q)).claims.map((hit) => hit.id));
const marked = (hit: { snippet: { text: string; match: boolean }[] }) =>
  hit.snippet.filter((part) => part.match).map((part) => part.text);

describe("Arabic-aware search", () => {
  it("finds a word under its attached article, prepositions and conjunctions, and highlights it as written", async () => {
    const { members } = await createTeam(["EDITOR"]);
    const editor = members.EDITOR;
    const in000 = await claimSentence(editor, ARTICLE_000, NEGOTIATION_000);
    const in002 = await claimSentence(editor, ARTICLE_002, NEGOTIATION_002);
    const other = await claimSentence(editor, ARTICLE_002, CASUALTIES);

    for (const query of ["تفاوض", "التفاوض", "للتفاوض", "والتفاوض", "بالتفاوض"]) {
      const results = await search(editor, query);
      expect(new Set(results.claims.map((hit) => hit.id)), query).toEqual(new Set([in000.id, in002.id]));
      const byId = new Map(results.claims.map((hit) => [hit.id, hit]));
      expect(marked(byId.get(in000.id)!), query).toEqual(["للتفاوض"]);
      expect(marked(byId.get(in002.id)!), query).toEqual(["التفاوض"]);
      // Both reference articles carry the word: found as articles too.
      expect(results.articles, query).toHaveLength(2);
    }
    // "والجرحى" is found as "جرحى"; a root letter is never taken for a preposition.
    expect(await ids(editor, "جرحى")).toEqual(new Set([other.id]));
    expect(await ids(editor, "بتفاوض")).toEqual(new Set());
  });

  it("matches quoted words only next to each other and in order, mixed with plain words", async () => {
    const { members } = await createTeam(["EDITOR"]);
    const editor = members.EDITOR;
    const in000 = await claimSentence(editor, ARTICLE_000, NEGOTIATION_000);
    const in002 = await claimSentence(editor, ARTICLE_002, NEGOTIATION_002);

    expect(await ids(editor, '"التفاوض مع"')).toEqual(new Set([in000.id, in002.id]));
    expect(await ids(editor, "«تفاوض مع زعيم»")).toEqual(new Set([in000.id]));
    expect(await ids(editor, '"مع التفاوض"')).toEqual(new Set());
    // Both words are in 000's claim, but not side by side.
    expect(await ids(editor, '"التفاوض زعيم"')).toEqual(new Set());
    expect(await ids(editor, "تفاوض زعيم")).toEqual(new Set([in000.id]));
    expect(await ids(editor, '"التفاوض مع" المتزعم')).toEqual(new Set([in002.id]));
    // A quoted word is a whole word, not a prefix.
    expect(await ids(editor, '"تفاو"')).toEqual(new Set());
    expect(await ids(editor, "تفاو")).toEqual(new Set([in000.id, in002.id]));
  });

  it("expands a query naming an entity to its claims, the claims it relayed and its aliases in any script", async () => {
    const { members } = await createTeam(["EDITOR"]);
    const editor = members.EDITOR;
    const omsen = await addEntity(editor, {
      name: "Omar Omsen",
      arabicName: "عمر أومسين",
      aliases: ["Omar Diaby", "عمر ديابي", "أومسين"],
    });
    const bakir = await addEntity(editor, { name: "Ghassan Bakir", arabicName: "غسان باكير" });
    const made = await claimSentence(editor, ARTICLE_002, CASUALTIES, { claimantId: omsen.id });
    const relayed = await claimSentence(editor, ARTICLE_002, NEGOTIATION_002, { reportedViaId: omsen.id });
    const mentioned = await claimSentence(editor, ARTICLE_000, OMSEN_IN_TEXT);
    const unrelated = await claimSentence(editor, ARTICLE_000, NEGOTIATION_000, { claimantId: bakir.id });

    const everyOmsen = new Set([made.id, relayed.id, mentioned.id]);
    for (const query of ["Omsen", "omar omsen", "Diaby", "أومسين", "عمر أومسين", '"Omar Omsen"']) {
      expect(await ids(editor, query), query).toEqual(everyOmsen);
    }
    // Found through the alias, highlighted as the text writes it.
    const hit = (await search(editor, "Omsen")).claims.find((claim) => claim.id === mentioned.id)!;
    expect(marked(hit)).toContain("عمر أومسين");
    expect(await ids(editor, "باكير")).toEqual(new Set([unrelated.id]));
    // Not every word names someone: a query that names no entity is not widened.
    expect(await ids(editor, "Omsen talks")).toEqual(new Set());
  });

  it("expands only to the searching team's entities", async () => {
    const mine = (await createTeam(["EDITOR"])).members.EDITOR;
    const theirs = (await createTeam(["EDITOR"])).members.EDITOR;
    // Their team knows Omsen by his Latin name; mine does not know him at all.
    const theirOmsen = await addEntity(theirs, { name: "Omar Omsen", arabicName: "عمر أومسين" });
    const theirClaim = await claimSentence(theirs, ARTICLE_002, CASUALTIES, { claimantId: theirOmsen.id });
    const myMention = await claimSentence(mine, ARTICLE_000, OMSEN_IN_TEXT);

    expect(await ids(mine, "Omsen")).toEqual(new Set());
    expect(await ids(mine, "أومسين")).toEqual(new Set([myMention.id]));
    expect(await ids(theirs, "Omsen")).toEqual(new Set([theirClaim.id]));
    // Same alias in both teams: each expands to its own entity only.
    const myOmsen = await addEntity(mine, { name: "Omar Omsen" });
    const myClaim = await claimSentence(mine, ARTICLE_002, NEGOTIATION_002, { claimantId: myOmsen.id });
    expect(await ids(mine, "Omsen")).toEqual(new Set([myClaim.id]));
    expect(await ids(theirs, "Omsen")).toEqual(new Set([theirClaim.id]));
  });

  it("expands to a bounded number of entities", async () => {
    const { members } = await createTeam(["EDITOR"]);
    const editor = members.EDITOR;
    const claims = [];
    for (let index = 0; index < 7; index += 1) {
      const entity = await addEntity(editor, { name: `Karimov ${"x".repeat(index + 1)}` });
      claims.push(await claimSentence(editor, ARTICLE_002, CASUALTIES, { claimantId: entity.id }));
    }
    // The five closest names (shortest first) are expanded, not all seven.
    expect(await ids(editor, "Karimov")).toEqual(new Set(claims.slice(0, 5).map((claim) => claim.id)));
  });
});
