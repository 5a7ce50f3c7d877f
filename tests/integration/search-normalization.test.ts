import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { normalizeForMatch } from "@/lib/domain/text/arabic-normalize";
import { stemArabic } from "@/lib/domain/text/arabic-stem";

async function sqlNormalize(texts: string[]): Promise<string[]> {
  const rows = await db.$queryRaw<
    { value: string }[]
  >`SELECT claimdesk_normalize(t) AS value FROM unnest(${texts}::text[]) WITH ORDINALITY AS u(t, n) ORDER BY n`;
  return rows.map((row) => row.value);
}

/**
 * Stored text is normalised by PostgreSQL (generated columns), queries by TypeScript: the
 * two must fold text identically, or a search would miss what it should find.
 */
describe("claimdesk_normalize (SQL) and normalizeForMatch (TypeScript)", () => {
  it("agree on the hard cases", async () => {
    const corpus = [
      "أومسين",
      "اومسين",
      "أُومْسِين",
      "عمر أومسيــــن",
      "مؤسسة وهيئة ومسؤول وقائد",
      "مستشفى الرحمة في حارم",
      "قُتل ١٢ شخصاً و۳ جرحى",
      "Élysée  Palace\u00a0—  café",
      "  leading and trailing  ",
      "a \u064b b",
      "zero\u200bwidth and \u202bembedded\u202c",
      "ٱلله آمن إسلام",
    ];
    expect(await sqlNormalize(corpus)).toEqual(corpus.map(normalizeForMatch));
  });

  it("agree on any mix of Arabic and Latin text, marks, digits and spaces (property)", async () => {
    const alphabet = fc.constantFrom(
      ..."ابتثجحخدذرزسشصضطظعغفقكلمنهويأإآٱىةؤئءـًٌٍَُِّْٰ٠١٢٣٤٥٦٧٨٩۰۹abcXYZéÉèçñü 0123456789 \u00a0\u200b\u200f\u202b\u202c\t\n.,؟،؛-",
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.array(alphabet, { maxLength: 40 }).map((chars) => chars.join("")),
          { minLength: 1, maxLength: 20 },
        ),
        async (texts) => {
          expect(await sqlNormalize(texts)).toEqual(texts.map(normalizeForMatch));
        },
      ),
      { numRuns: 30 },
    );
  });
});

async function sqlStem(texts: string[]): Promise<string[]> {
  const rows = await db.$queryRaw<
    { value: string }[]
  >`SELECT claimdesk_stem(claimdesk_normalize(t)) AS value FROM unnest(${texts}::text[]) WITH ORDINALITY AS u(t, n) ORDER BY n`;
  return rows.map((row) => row.value);
}

const tsStem = (text: string) => stemArabic(normalizeForMatch(text));
const FIXTURES = path.join(import.meta.dirname, "../fixtures/articles");

/** The stored word vectors hold SQL stems, queries TypeScript stems: they must agree too. */
describe("claimdesk_stem (SQL) and stemArabic (TypeScript)", () => {
  it("agree on every paragraph of the reference articles and on the hard cases", async () => {
    const paragraphs = ["000_084f554aaf88ce56.txt", "002_494f5185cd61c60b.txt"].flatMap((file) =>
      readFileSync(path.join(FIXTURES, file), "utf8").split(/\n+/u),
    );
    const hard = [
      "للتفاوض والتفاوض وبالتفاوض فبالتفاوض فللمرة كالمعتاد",
      "ولد بلد كتب فلسطين لبنان الله والله التي الآن",
      "الوزير ووزير والولايات وال وال) (وال «الكتيبة» والl lوال",
      "و".repeat(50) + "قال " + "وال".repeat(20),
      "مخيمالفردان ٢٠١٣والتفاوض",
    ];
    const texts = [...paragraphs, ...hard];
    expect(await sqlStem(texts)).toEqual(texts.map(tsStem));
    // And the word vectors PostgreSQL stores are those of the TypeScript stems.
    const rows = await db.$queryRaw<{ same: boolean }[]>`
      SELECT to_tsvector('simple', claimdesk_stem(claimdesk_normalize(t))) = to_tsvector('simple', s) AS same
      FROM unnest(${texts}::text[], ${texts.map(tsStem)}::text[]) AS u(t, s)`;
    expect(rows.every((row) => row.same)).toBe(true);
  });

  it("agree on any mix of attached letters, other Arabic and Latin letters and separators (property)", async () => {
    const alphabet = fc.constantFrom(..."والبكفلتمنرسأإآىةؤئـَّabc ()«».،-0١".split(""), "ال", "وال", "بال", "لل");
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.array(alphabet, { maxLength: 30 }).map((chars) => chars.join("")),
          { minLength: 1, maxLength: 20 },
        ),
        async (texts) => {
          expect(await sqlStem(texts)).toEqual(texts.map(tsStem));
        },
      ),
      { numRuns: 60 },
    );
  });
});
