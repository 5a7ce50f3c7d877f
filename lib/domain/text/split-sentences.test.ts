import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { canonicalizeArticleText } from "@/lib/domain/articles/canonical-text";
import { splitSentences } from "./split-sentences";

const fixture = (name: string) =>
  canonicalizeArticleText(
    readFileSync(path.join(import.meta.dirname, "../../../tests/fixtures/articles", name), "utf8"),
  );
const texts = (text: string) => splitSentences(text).map((sentence) => sentence.text);

describe("splitSentences", () => {
  it("returns spans that are slices of the text", () => {
    const text = fixture("002_494f5185cd61c60b.txt");
    for (const sentence of splitSentences(text)) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it("keeps the reference article's sentences whole, commas and quotes included", () => {
    const sentences = texts(fixture("002_494f5185cd61c60b.txt"));
    expect(sentences).toContain(
      "وخلال المواجهات التي بدأت الليلة الفائتة، وردت معلومات عن سقوط عدد من القتلى والجرحى من المهاجرين الفرنسيين وعناصر الأمن، خلال محاولة هؤلاء اقتحام المخيم باستخدام أسلحة خفيفة ومتوسطة، واعتقال جهاديين فرنسيين، بحسب المرصد.",
    );
    expect(sentences).toContain(
      'وأضاف "سعت قيادة الأمن الداخلي إلى التفاوض مع المتزعّم لتسليم نفسه طوعاً للجهات المختصة، إلا أنّه رفض، وتحصّن داخل المخيم".',
    );
    expect(sentences[0]).toBe("قوّات سورية تطوّق مخيّماً يضم جهاديين فرنسيين في إدلب (فيديو)");
  });

  it("splits on the Arabic question mark but not on the Arabic comma or semicolon", () => {
    expect(texts("هل قُتل أحد؟ لا أحد يعرف، بحسب المصادر؛ ولم يصدر بيان.")).toEqual([
      "هل قُتل أحد؟",
      "لا أحد يعرف، بحسب المصادر؛ ولم يصدر بيان.",
    ]);
  });

  it("does not split inside decimals, abbreviations, initials or links", () => {
    expect(
      texts("Mr. Smith said 3.5 per cent of U.S. troops left. J. Doe disagreed. See example.com for more!"),
    ).toEqual(["Mr. Smith said 3.5 per cent of U.S. troops left.", "J. Doe disagreed.", "See example.com for more!"]);
    expect(texts("Selon M. Dupont, « le bilan est lourd. » Les secours sont arrivés.")).toEqual([
      "Selon M. Dupont, « le bilan est lourd. »",
      "Les secours sont arrivés.",
    ]);
  });

  it("always breaks at line ends", () => {
    expect(texts("Headline without a stop\nFirst sentence.")).toEqual(["Headline without a stop", "First sentence."]);
  });
});
