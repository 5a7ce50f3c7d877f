import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanTagName, normaliseTagName } from "./tag-name";

describe("tag names", () => {
  it("are trimmed with inner whitespace collapsed", () => {
    expect(cleanTagName("  Harem \n camp\t ")).toBe("Harem camp");
  });

  it("are one name whatever the case, width or tatweel", () => {
    expect(normaliseTagName("Harem")).toBe(normaliseTagName("HAREM"));
    expect(normaliseTagName("ＨＡＲＥＭ")).toBe("harem");
    expect(normaliseTagName("حـــارم")).toBe(normaliseTagName("حارم"));
    expect(normaliseTagName("Harem")).not.toBe(normaliseTagName("Harim"));
  });

  it("normalise idempotently", () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        const key = normaliseTagName(name);
        expect(normaliseTagName(key)).toBe(key);
        expect(key).toBe(key.trim());
      }),
    );
  });
});
