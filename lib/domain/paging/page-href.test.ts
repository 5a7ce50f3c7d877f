import { describe, expect, it } from "vitest";
import { pageHref } from "./page-href";

describe("pageHref", () => {
  it("keeps the filters, replaces the cursor and drops empty values", () => {
    expect(pageHref("/review", { type: "STATEMENT", cursor: "old", assigneeId: "", x: undefined }, "new")).toBe(
      "/review?type=STATEMENT&cursor=new",
    );
  });

  it("links the first page without a cursor", () => {
    expect(pageHref("/", { cursor: "old" }, null)).toBe("/");
    expect(pageHref("/search", { q: "حارم" }, null)).toBe("/search?q=%D8%AD%D8%A7%D8%B1%D9%85");
  });

  it("supports a list with its own cursor parameter beside another list's", () => {
    expect(pageHref("/claims/1", { history: "h", claims: "c" }, "h2", "history")).toBe("/claims/1?claims=c&history=h2");
  });
});
