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
    expect(find(suggestions002, "ستواصل بحزم")?.claimant?.entityId).toBe(idOf("Syrian Internal Security Forces"));
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
