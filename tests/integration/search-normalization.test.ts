import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { normalizeForMatch } from "@/lib/domain/text/arabic-normalize";

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
