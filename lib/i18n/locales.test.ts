import { describe, expect, it } from "vitest";
import { directionOf, localeFromAcceptLanguage } from "./locales";

describe("locales", () => {
  it("reads Arabic as right-to-left", () => {
    expect(directionOf("ar")).toBe("rtl");
    expect(directionOf("en")).toBe("ltr");
  });

  it.each([
    ["ar-SY,ar;q=0.9,en;q=0.8", "ar"],
    ["fr-FR,en;q=0.5", "en"],
    ["de", "en"],
    [null, "en"],
  ])("Accept-Language %s → %s", (header, locale) => {
    expect(localeFromAcceptLanguage(header)).toBe(locale);
  });
});
