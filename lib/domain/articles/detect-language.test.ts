import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { detectLanguage, directionOfLanguage } from "./detect-language";

const fixture = (name: string) =>
  readFileSync(path.join(import.meta.dirname, "../../../tests/fixtures/articles", name), "utf8");

describe("detectLanguage", () => {
  it("reads both reference articles as Arabic, right to left", () => {
    for (const file of ["000_084f554aaf88ce56.txt", "002_494f5185cd61c60b.txt"]) {
      const language = detectLanguage(fixture(file));
      expect(language).toBe("ar");
      expect(directionOfLanguage(language)).toBe("rtl");
    }
  });

  it("tells English from French", () => {
    expect(detectLanguage("Security forces said the camp was surrounded, according to the statement.")).toBe("en");
    expect(detectLanguage("Selon l'OSDH, les forces de sécurité ont encerclé le camp dans la nuit.")).toBe("fr");
  });

  it("keeps Arabic even with Latin names and a URL inside", () => {
    expect(detectLanguage("قال عمر أومسين (Omar Omsen) في تسجيل على https://example.org إن العملية فشلت")).toBe("ar");
  });

  it("maps BCP-47 tags to a direction", () => {
    expect(directionOfLanguage("ar-SY")).toBe("rtl");
    expect(directionOfLanguage("fa")).toBe("rtl");
    expect(directionOfLanguage("fr-FR")).toBe("ltr");
    expect(directionOfLanguage("en")).toBe("ltr");
  });
});
