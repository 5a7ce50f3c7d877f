import { describe, expect, it } from "vitest";
import { writtenIn } from "./written-in";

describe("writtenIn", () => {
  it("lays an English statement on an Arabic article out left to right, as English", () => {
    expect(writtenIn("Clashes broke out in the camp; French jihadists were arrested.", "ar")).toEqual({
      lang: "en",
      dir: "ltr",
    });
  });

  it("keeps text in its article's script in the article's language", () => {
    expect(writtenIn("اندلعت اشتباكات في المخيم", "ar")).toEqual({ lang: "ar", dir: "rtl" });
    expect(writtenIn("Des affrontements ont éclaté", "fr")).toEqual({ lang: "fr", dir: "ltr" });
  });

  it("reads an Arabic statement on an English article right to left", () => {
    expect(writtenIn("قال غسان باكير إن المفاوضات فشلت", "en")).toEqual({ lang: "ar", dir: "rtl" });
  });

  it("goes by the majority of letters, not the first one", () => {
    expect(writtenIn("AFP: قالت الوكالة إن عدد القتلى ارتفع إلى عشرة", "en").dir).toBe("rtl");
    expect(writtenIn("@YenNews1 reported that the camp was surrounded", "ar").dir).toBe("ltr");
  });

  it("follows the surroundings when the text has no letters", () => {
    expect(writtenIn("12 – 15", "ar")).toEqual({ lang: "ar", dir: "rtl" });
    expect(writtenIn("", "en")).toEqual({ lang: "en", dir: "ltr" });
  });

  it("marks a right-to-left script it cannot name as undetermined", () => {
    expect(writtenIn("שלום עולם", "en")).toEqual({ lang: "und", dir: "rtl" });
  });

  it("looks at a bounded sample of very long text", () => {
    const long = "word ".repeat(1_000) + "كلمة ".repeat(100_000);
    expect(writtenIn(long, "ar")).toEqual({ lang: "en", dir: "ltr" });
  });
});
