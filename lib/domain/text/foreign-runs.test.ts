import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { foreignRuns } from "./foreign-runs";

const texts = (paragraph: string, direction: "rtl" | "ltr") =>
  foreignRuns(paragraph, direction).map((run) => paragraph.slice(run.start, run.end));

describe("foreignRuns", () => {
  it("isolates a tweet's handle and date at the end of an Arabic line, brackets included", () => {
    const line = "— عين اليمن الأخبارية (@YenNews1) October 22, 2025";
    expect(texts(line, "rtl")).toEqual(["(@YenNews1) October 22, 2025"]);
    expect(foreignRuns(line, "rtl")[0]!.dir).toBe("ltr");
  });

  it("keeps an English sentence's full stop with it inside an Arabic paragraph", () => {
    expect(texts("قال الناطق: Clashes broke out in the camp.", "rtl")).toEqual(["Clashes broke out in the camp."]);
  });

  it("leaves a bracket opened by the surrounding text outside the run", () => {
    expect(texts("(قال Bakir)", "rtl")).toEqual(["Bakir"]);
    expect(texts("نقلت (AFP) الخبر", "rtl")).toEqual(["(AFP)"]);
  });

  it("does not isolate figures or punctuation alone", () => {
    expect(texts("قتل 12 شخصاً في 2025، وفق المرصد.", "rtl")).toEqual([]);
    expect(texts("12 people were killed in 2025.", "ltr")).toEqual([]);
  });

  it("isolates Arabic inside an English paragraph", () => {
    expect(texts("According to المرصد السوري, 12 died.", "ltr")).toEqual(["المرصد السوري"]);
  });

  it("finds every run of a reference article's tweet line", () => {
    const article = readFileSync(
      path.join(import.meta.dirname, "../../../tests/fixtures/articles/002_494f5185cd61c60b.txt"),
      "utf8",
    );
    const tweet = article.split("\n").find((line) => line.includes("YenNews1"))!;
    expect(texts(tweet, "rtl")).toEqual(["(@YenNews1) October 22, 2025"]);
  });

  it("stays linear on hostile input (quadratic work here would take minutes)", () => {
    const started = performance.now();
    foreignRuns("(".repeat(100_000) + "a)ب", "rtl");
    foreignRuns("a ب".repeat(100_000), "rtl");
    foreignRuns("a ".repeat(100_000) + "(".repeat(100_000), "rtl");
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});
