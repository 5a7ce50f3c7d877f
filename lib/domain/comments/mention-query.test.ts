import { describe, expect, it } from "vitest";
import { mentionAt } from "./mention-query";

describe("the mention being typed before the caret", () => {
  it("starts at an @ at the beginning or after a space, and follows the letters typed", () => {
    expect(mentionAt("@", 1)).toEqual({ start: 0, query: "" });
    expect(mentionAt("Ask @Eli", 8)).toEqual({ start: 4, query: "Eli" });
    expect(mentionAt("Ask @Elias Ed", 13)).toEqual({ start: 4, query: "Elias Ed" });
    expect(mentionAt("سؤال @فر", 8)).toEqual({ start: 5, query: "فر" });
  });

  it("reads only what is before the caret", () => {
    expect(mentionAt("Ask @Eli now", 8)).toEqual({ start: 4, query: "Eli" });
    expect(mentionAt("Ask @Eli now", 3)).toBeNull();
  });

  it("is not an e-mail address, a second space, a new line or a finished word", () => {
    expect(mentionAt("mail me at elias@example", 24)).toBeNull();
    expect(mentionAt("@Elias Editor said", 18)).toBeNull();
    expect(mentionAt("@Elias ", 7)).toBeNull();
    expect(mentionAt("@Eli\nas", 7)).toBeNull();
    expect(mentionAt("@ Eli", 5)).toBeNull();
  });
});
