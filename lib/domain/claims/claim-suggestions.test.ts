import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { canonicalizeArticleText } from "@/lib/domain/articles/canonical-text";
import { suggestClaims, type ClaimSuggestion, type KnownEntity } from "./claim-suggestions";

const root = path.join(import.meta.dirname, "../../../tests/fixtures");
const article = (file: string) => canonicalizeArticleText(readFileSync(path.join(root, "articles", file), "utf8"));
const entities: KnownEntity[] = (
  JSON.parse(readFileSync(path.join(root, "entities.json"), "utf8")) as { name: string; aliases: string[] }[]
).map((entity, index) => ({
  id: `e${index}`,
  name: entity.name,
  aliases: entity.aliases,
}));
const idOf = (name: string) => entities.find((entity) => entity.name === name)!.id;

const text000 = article("000_084f554aaf88ce56.txt");
const text002 = article("002_494f5185cd61c60b.txt");
const suggestions000 = suggestClaims(text000, { entities });
const suggestions002 = suggestClaims(text002, { entities });
const find = (list: ClaimSuggestion[], words: string) => list.find((suggestion) => suggestion.quote.includes(words));

describe("suggestClaims on the reference articles", () => {
  it("finds the casualty report attributed to the Syrian Observatory", () => {
    const casualty = find(suggestions002, "سقوط عدد من القتلى والجرحى");
    expect(casualty).toMatchObject({
      type: "CASUALTY_REPORT",
      claimant: { entityId: idOf("Syrian Observatory for Human Rights") },
    });
    expect(casualty?.quote.endsWith("بحسب المرصد.")).toBe(true);
  });

  it("finds Omsen's accusation that French intelligence is behind the operation", () => {
    expect(find(suggestions000, "اتهم فيه الاستخبارات الفرنسية")).toMatchObject({
      type: "ACCUSATION",
      claimant: { entityId: idOf("Omar Omsen") },
    });
  });

  it("finds the promise attributed to al-Sharaa, relayed by the Observatory", () => {
    expect(find(suggestions002, "وعد فرنسا")).toMatchObject({
      type: "PROMISE",
      claimant: { entityId: idOf("Ahmed al-Sharaa") },
      reportedVia: { entityId: idOf("Syrian Observatory for Human Rights") },
    });
  });

  it("carries the speaker into sentences that continue his words", () => {
    expect(find(suggestions000, "هيئة تحرير الشام")?.claimant?.entityId).toBe(idOf("Omar Omsen"));
    // The brigadier speaks for the security forces: he is the speaker, the title before his name is not.
    expect(find(suggestions002, "ستواصل بحزم")?.claimant?.entityId).toBe(idOf("Ghassan Bakir"));
  });

  it("names an unknown speaker from the text", () => {
    expect(find(suggestions000, "مصادر ميدانية")?.claimant).toMatchObject({
      entityId: null,
      name: expect.stringContaining("مصادر ميدانية"),
    });
  });

  it("proposes every checkable sentence of both articles and leaves out the tweet's signature line", () => {
    const checkable002 = [
      "قوّات سورية تطوّق مخيّماً",
      "تطويقها مخيّماً",
      "العميد غسان باكير",
      "سعت قيادة الأمن الداخلي",
      "ستواصل بحزم",
      "شنّت حملة أمنية موسّعة",
      "سقوط عدد من القتلى",
      "جاءت بعد تهديدات أمنية",
      "هدف العملية هو اعتقال أومسين",
      "يصاحب العملية",
      "وعد فرنسا",
      "ادعت فيه",
      "يقصف مخيمات حارم",
    ];
    const checkable000 = [
      "اتفاق تهدئة",
      "اندلعت اشتباكات محدودة",
      "وساطات محلية",
      "استجابةً لشكاوى",
      "ناشدت فيه",
      "حماية المدنيين",
      "التحشيد السريع",
      "عملاء الاستخبارات الخارجية",
      "اتهم فيه",
      "هيئة تحرير الشام",
    ];
    for (const words of checkable002) expect(find(suggestions002, words), words).toBeDefined();
    for (const words of checkable000) expect(find(suggestions000, words), words).toBeDefined();
    expect(find(suggestions002, "@YenNews1")).toBeUndefined();
  });

  it("returns spans of the text, in order, and never a dismissed one again", () => {
    for (const suggestion of suggestions002)
      expect(text002.slice(suggestion.start, suggestion.end)).toBe(suggestion.quote);
    expect(suggestions002.map((s) => s.start)).toEqual([...suggestions002.map((s) => s.start)].sort((a, b) => a - b));
    const casualty = find(suggestions002, "سقوط عدد من القتلى")!;
    const again = suggestClaims(text002, { entities, dismissed: [{ start: casualty.start, end: casualty.end }] });
    expect(again).toHaveLength(suggestions002.length - 1);
    expect(find(again, "سقوط عدد من القتلى")).toBeUndefined();
  });
});

describe("suggestClaims in English and French", () => {
  it("types and attributes plain wire copy", () => {
    const text =
      "At least 12 people were killed in the strike, according to AFP. The minister promised to rebuild the school. Selon l'AFP, trois soldats ont été blessés.";
    const list = suggestClaims(text, { entities: [{ id: "afp", name: "AFP", aliases: ["Agence France-Presse"] }] });
    expect(list.map((s) => s.type)).toEqual(["CASUALTY_REPORT", "PROMISE", "CASUALTY_REPORT"]);
    expect(list[0]!.claimant?.entityId).toBe("afp");
    expect(list[2]!.claimant?.entityId).toBe("afp");
  });
});

describe("suggestClaims rules", () => {
  const one = (text: string, known: KnownEntity[] = entities) => suggestClaims(text, { entities: known });

  it("splits a sentence carrying several assertions into clauses, each with its own type and speaker", () => {
    const clauses = one(
      "The monitor said 30 people were wounded, while the ministry denied targeting civilians. Turkey accused Damascus of violating the truce, and said it would reinforce its posts.",
    );
    expect(clauses.map((s) => s.quote)).toEqual([
      "The monitor said 30 people were wounded",
      "while the ministry denied targeting civilians.",
      "Turkey accused Damascus of violating the truce",
      "and said it would reinforce its posts.",
    ]);
    expect(clauses.map((s) => s.type)).toEqual(["CASUALTY_REPORT", "STATEMENT", "ACCUSATION", "PROMISE"]);
    expect(clauses.map((s) => s.claimant?.name)).toEqual(["monitor", "ministry", "Turkey", "Turkey"]);
  });

  it("splits the apposition clauses of the reference article's second paragraph", () => {
    const paragraph = text000.split("\n\n")[1]!;
    const parts = one(paragraph).map((s) => s.quote);
    expect(parts).toHaveLength(3);
    expect(parts[1]).toMatch(/^وهو أحد أبرز/u);
    expect(parts[2]).toMatch(/^والمصنف على قوائم/u);
  });

  it("names the person nearest the speech verb, not the title or body before the name", () => {
    const bakir = find(suggestions002, "بالكامل وتثبيت نقاط مراقبة")!;
    expect(bakir.claimant).toMatchObject({ entityId: idOf("Ghassan Bakir") });
    expect(
      one("وقال المتحدث باسم قوات الدعم السريع الفاتح قرشي إن قواته لم تستهدف أي موقع مدني.")[0]!.claimant,
    ).toMatchObject({ entityId: null, name: "الفاتح قرشي", isNew: true, kind: "PERSON" });
  });

  it("finds attribution after the quote in English and French", () => {
    const list = one(
      '"We are seeing attacks on markets," said Dr. Ahmed Karimi. Air strikes killed 14 people, the Syrian Observatory for Human Rights said. « Nous ne fermerons aucun service », a déclaré la ministre de la Santé, Claire Morel. « Aucun citoyen ne restera sans toit », a-t-elle ajouté.',
    );
    expect(list.map((s) => s.claimant?.name)).toEqual([
      "Ahmed Karimi",
      "Syrian Observatory for Human Rights",
      "Claire Morel",
      "Claire Morel",
    ]);
    expect(list[1]!.claimant?.entityId).toBe(idOf("Syrian Observatory for Human Rights"));
  });

  it("names speakers the team has no entity for, flagged as new, in every language", () => {
    const list = one(
      "Mona Nour Al-Daem, the Deputy Commissioner of Humanitarian Aid, alleged that the convoy was looted. The Sudan Doctors Network reported that 23 civilians were killed. وقالت شبكة أطباء السودان إن 12 مدنياً قتلوا.",
    );
    expect(list.map((s) => s.claimant)).toEqual([
      { entityId: null, name: "Mona Nour Al-Daem", isNew: true, kind: "PERSON" },
      { entityId: null, name: "Sudan Doctors Network", isNew: true, kind: "ORGANIZATION" },
      { entityId: null, name: "شبكة أطباء السودان", isNew: true, kind: "ORGANIZATION" },
    ]);
  });

  it("names an unnamed source by its whole phrase, with the outlet it spoke to", () => {
    const sources = find(suggestions000, "مصادر ميدانية")!;
    expect(sources.claimant).toEqual({ entityId: null, name: "مصادر ميدانية (سوريا الآن)" });
    expect(sources.reportedVia?.entityId).toBe(idOf("Syria Now"));
  });

  it("carries the speaker over وأضاف, He added and a-t-il ajouté, and resolves the agency to its full name", () => {
    const list = one(
      "The state civil defence agency said 37 people were killed. He added that 74 were missing. More than 23,000 people fled, the agency said.",
    );
    expect(list.map((s) => s.claimant?.name)).toEqual(Array(3).fill("state civil defence agency"));
  });

  it("types from the verb and its object: arrest, years, implication, killed counts, promises", () => {
    const types = (text: string) => one(text, []).map((s) => s.type);
    expect(types("أعلنت الشرطة اعتقال ثلاثة مطلوبين في المدينة.")).toEqual(["STATEMENT"]);
    expect(types("Kessler was arrested in 2022 at his home in Oak Brook.")).toEqual(["EVENT"]);
    expect(types("وهو أحد أبرز القادة الذين قاتلوا في سوريا منذ عام 2013.")).toEqual(["EVENT"]);
    expect(types("وأشار إلى أن الاستخبارات التركية متورطة في العملية.")).toEqual(["ACCUSATION"]);
    expect(types("The report says the ministry was implicated in the scheme.")).toEqual(["ACCUSATION"]);
    expect(types("Selon le rapport, le préfet est impliqué dans l'affaire.")).toEqual(["ACCUSATION"]);
    expect(types("Air strikes killed at least 14 people on Tuesday.")).toEqual(["CASUALTY_REPORT"]);
    expect(types("وقال الوزير إن الحكومة سترفع الحد الأدنى للأجور.")).toEqual(["PROMISE"]);
    expect(types("Le ministre s'engage à rouvrir 300 lits.")).toEqual(["PROMISE"]);
    expect(types("The institute said 11 children had died of measles since January.")).toEqual(["STATISTIC"]);
  });

  it("ends an Arabic organisation's name where the verb's object begins", () => {
    const names = (text: string) => one(text, []).map((s) => s.claimant?.name);
    expect(names("واتهمت منظمة العفو الدولية الطرفينِ بارتكاب انتهاكات جسيمة بحق المدنيين.")).toEqual([
      "منظمة العفو الدولية",
    ]);
    expect(names("أعلنت مديرية الأمن العام الأردنية القبض على تسعة أشخاص في الرمثا.")).toEqual([
      "مديرية الأمن العام الأردنية",
    ]);
    expect(names("واتهمت منظمة هيومن رايتس ووتش الحكومة الأردنية باحتجاز موقوفين لفترات طويلة.")).toEqual([
      "منظمة هيومن رايتس ووتش",
    ]);
    expect(names("وتعهد وزير الصحة قاسم بحيبح بافتتاح 40 مركزاً للعلاج.")).toEqual(["قاسم بحيبح"]);
    // A genitive chain and its adjectives stay in the name.
    expect(names("وقالت المنظمة الدولية للهجرة إن 10 ملايين شخص نزحوا.")).toEqual(["المنظمة الدولية للهجرة"]);
  });

  it("tells pledges from calendar steps, cuts and forecasts in the future tense", () => {
    const types = (text: string) => one(text, []).map((s) => s.type);
    expect(types("وقال المتحدث إن الوزارة ستنشر حصيلة محدثة الأسبوع المقبل.")).toEqual(["STATEMENT"]);
    expect(types("Ruth Mvula said the commission would publish the results next week.")).toEqual(["STATEMENT"]);
    expect(types("Le ministre a déclaré qu'il recevrait les syndicats jeudi.")).toEqual(["STATEMENT"]);
    expect(types("Hearings are scheduled to begin on Sept. 2, a court spokesman said.")).toEqual(["EVENT"]);
    expect(types("Harlan Motors will cut 2,500 jobs next year, the company said.")).toEqual(["STATISTIC"]);
    expect(types("وقال المركز إن الأمطار ستتراجع تدريجياً.")).toEqual(["STATEMENT"]);
    // Without a calendar step, a first-person vow, a commitment verb or an announced provision are promises.
    expect(
      types(
        "Bruno Castel a déclaré que l'opération avait réussi. « Nous allons fermer les points de deal un par un », a-t-il déclaré.",
      ),
    ).toEqual(["STATEMENT", "PROMISE"]);
    expect(types("وقالت الوزارة إنها ستنشر جميع صفقاتها العمومية على موقعها.")).toEqual(["PROMISE"]);
    expect(types("La maire de Lyon a annoncé la gratuité des piscines municipales.")).toEqual(["PROMISE"]);
    expect(types("وتعهد قائد القوات بتسليم أي عنصر يثبت تورطه إلى لجنة تحقيق.")).toEqual(["PROMISE"]);
  });

  it("finds the speaker of a sentence that starts inside a quotation, after a two-city dateline or as «selon lui»", () => {
    const list = one(
      'MONTREAL/ADDIS ABABA, Feb 12 (AFP) - The agency said the tests were hidden. "This was not a failure. It was deliberate," the director, Gunter Younger, told reporters. Le procureur, Nicolas Bessone, a déclaré lundi que l\'enquête avançait. Selon lui, le réseau importait la drogue.',
      [],
    );
    // The quotation's first sentence carries the previous speaker: its attribution comes a sentence later.
    expect(list.map((s) => s.claimant?.name)).toEqual([
      "agency",
      "agency",
      "Gunter Younger",
      "Nicolas Bessone",
      "Nicolas Bessone",
    ]);
    expect(list[0]!.quote).toBe("The agency said the tests were hidden.");
    // A name ending in -ra is no French future; "selon son rapport" is its subject's report.
    expect(one("Valtera emploie 9 400 personnes en France, selon son dernier rapport annuel.", [])[0]).toMatchObject({
      type: "STATISTIC",
      claimant: { name: "Valtera" },
    });
  });

  it("ranks figures, named sources, accusations and promises above opinion, background and questions", () => {
    const list = one(
      "Few experts think the plan should work. Fondée en 1951, l'association est la plus ancienne d'Europe. Prosecutors said he steered contracts worth $41 million to a friend.",
      [],
    );
    const [opinion, background, accusation] = list;
    expect(accusation!.score).toBeGreaterThan(opinion!.score);
    expect(accusation!.score).toBeGreaterThan(background!.score);
    expect([opinion!.lessCheckable, background!.lessCheckable, accusation!.lessCheckable]).toEqual([true, true, false]);
    expect(one("Is Romania ready for a bigger wave?", [])).toEqual([]);
  });
});
