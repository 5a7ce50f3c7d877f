import { describe, expect, it } from "vitest";
import { findMentions } from "./mentions";

const MEMBERS = [
  { id: "elias", name: "Elias Editor", email: "editor@claimdesk.test" },
  { id: "farah", name: "Farah Fact-checker", email: "checker@claimdesk.test" },
  { id: "omar", name: "Omar", email: "omar@claimdesk.test" },
  { id: "omar-o", name: "Omar Omsen", email: "oo@claimdesk.test" },
  { id: "amira", name: "أميرة المحررة", email: "amira@claimdesk.test" },
];

describe("findMentions", () => {
  it.each([
    ["@Elias Editor please look at the toll", ["elias"]],
    ["Thanks @elias editor and @checker.", ["elias", "farah"]],
    ["@Omar Omsen, not @Omar", ["omar-o", "omar"]],
    ["@اميرة المحررة راجعي المصدر", ["amira"]],
    ["write to editor@claimdesk.test", []],
    ["@eliasx is nobody, @editors neither", []],
    ["@Elias Editor @Elias Editor", ["elias"]],
    ["no mentions at all", []],
  ])("%s", (body, expected) => {
    expect(findMentions(body, MEMBERS)).toEqual(expected);
  });
});
