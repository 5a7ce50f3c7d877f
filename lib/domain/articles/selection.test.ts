import { describe, expect, it } from "vitest";
import { tidySelection } from "./selection";

describe("tidySelection", () => {
  const text = "قال المرصد إن  عدداً سقطوا.\n\nوأضاف البيان.";

  it("drops whitespace around the selection, paragraph breaks included", () => {
    const start = text.indexOf("عدداً") - 2;
    const end = text.indexOf("وأضاف");
    expect(text.slice(...Object.values(tidySelection(text, start, end)!))).toBe("عدداً سقطوا.");
  });

  it("accepts a backwards selection and clamps to the text", () => {
    expect(tidySelection(text, 999, text.indexOf("البيان"))).toEqual({
      start: text.indexOf("البيان"),
      end: text.length,
    });
  });

  it("returns null for an empty or blank selection", () => {
    expect(tidySelection(text, 3, 3)).toBeNull();
    expect(tidySelection(text, text.indexOf("\n"), text.indexOf("\n") + 2)).toBeNull();
  });
});
