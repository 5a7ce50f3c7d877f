import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeForMatch } from "./arabic-normalize";
import { stemArabic, stemWithOffsets } from "./arabic-stem";

const stem = (text: string) => stemArabic(normalizeForMatch(text));
const FIXTURES = path.join(import.meta.dirname, "../../../tests/fixtures/articles");
const ARTICLE_000 = readFileSync(path.join(FIXTURES, "000_084f554aaf88ce56.txt"), "utf8");
const ARTICLE_002 = readFileSync(path.join(FIXTURES, "002_494f5185cd61c60b.txt"), "utf8");

describe("stemArabic", () => {
  it.each([
    // Words of the reference articles, as written there.
    ["للتفاوض", "تفاوض"],
    ["التفاوض", "تفاوض"],
    ["والاقتتال", "اقتتال"],
    ["بالكامل", "كامل"],
    ["والولايات", "لايات"],
    ["وأكدت", "اكدت"],
    ["الأمنيّة", "امنيه"],
    ["الجهاديين", "جهاديين"],
    ["والمصنف", "مصنف"],
    ["فالمخيم", "مخيم"],
    ["كالمعتاد", "معتاد"],
    ["وبالتالي", "تالي"],
    ["فبالتالي", "تالي"],
    ["وللمرة", "مره"],
    ["فللمرة", "مره"],
  ])("strips the attached words of %s → %s", (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it.each([
    ["ولد", "the stem would keep two letters"],
    ["بلد", "ب alone is a root letter as often as a preposition"],
    ["كتب", "ك alone is never stripped"],
    ["فلسطين", "ف alone is never stripped"],
    ["لبنان", "ل alone is never stripped"],
    ["بريطانيا", "ب alone is never stripped"],
    ["الله", "two letters would remain"],
    ["التي", "two letters would remain"],
    ["الآن", "two letters would remain"],
    ["وصل", "two letters would remain"],
    ["حارم", "no attached word"],
  ])("keeps %s (%s)", (word) => {
    expect(stem(word)).toBe(normalizeForMatch(word));
  });

  it("gives every attached form of a word the same stem, even where و is a root letter", () => {
    for (const family of [
      ["تفاوض", "التفاوض", "للتفاوض", "والتفاوض", "بالتفاوض", "وبالتفاوض", "فالتفاوض", "وللتفاوض"],
      ["وزير", "الوزير", "والوزير", "ووزير", "للوزير"],
      ["الله", "والله"],
      ["ولد", "الولد", "والولد"],
    ]) {
      expect(new Set(family.map(stem)), family.join(" ")).toEqual(new Set([stem(family[0]!)]));
    }
  });

  it("stems only at the start of Arabic words and leaves Latin text and punctuation alone", () => {
    expect(stem("«الكتيبة الفرنسية» (وال) Alpha والl")).toBe("«كتيبه فرنسيه» (وال) alpha والl");
    expect(stem("مخيمالفردان")).toBe("مخيمالفردان");
  });

  it("leaves no reference sentence word empty and never lengthens text", () => {
    for (const text of [ARTICLE_000, ARTICLE_002]) {
      const folded = normalizeForMatch(text);
      const stemmed = stemArabic(folded);
      expect(stemmed.split(" ")).toHaveLength(folded.split(" ").length);
      expect(stemmed.split(" ").every((word) => word.length > 0)).toBe(true);
    }
    expect(stem(ARTICLE_000)).toContain("تفاوض مع زعيم مجموعه");
  });

  it("stays linear on hostile input (100,000 attached letters)", () => {
    const started = performance.now();
    expect(stemArabic("و".repeat(100_000) + "قال")).toBe("قال");
    expect(stemArabic("وال".repeat(50_000))).toBe("وال");
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe("stemWithOffsets", () => {
  it("maps the stem's first letter back to the start of the word as written", () => {
    const { stemmed, toInput } = stemWithOffsets("قال للتفاوض مع");
    const at = stemmed.indexOf("تفاوض");
    expect(toInput[at]).toBe("قال ".length);
    expect(toInput[at + 1]).toBe("قال للت".length);
  });

  it("agrees with stemArabic and keeps offsets monotonic and in range (property)", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("و", "ا", "ل", "ب", "ك", "ف", "ت", "م", " ", "a", "(") }),
        (text) => {
          const { stemmed, toInput } = stemWithOffsets(text);
          expect(stemmed).toBe(stemArabic(text));
          expect(toInput).toHaveLength(stemmed.length + 1);
          for (let i = 1; i < toInput.length; i++) expect(toInput[i]!).toBeGreaterThan(toInput[i - 1]!);
          expect(toInput.at(-1)).toBe(text.length);
        },
      ),
    );
  });
});
