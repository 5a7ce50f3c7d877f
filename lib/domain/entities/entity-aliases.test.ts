import { describe, expect, it } from "vitest";
import { entityAliasRows } from "./entity-aliases";

describe("entityAliasRows", () => {
  it("keeps the name first and one spelling per normalised form", () => {
    const rows = entityAliasRows("Omar Omsen", ["عمر أومسين", "عمر اومسين", "Omar Diaby", "omar omsen", "عمر ديابي"]);
    expect(rows.map((row) => row.alias)).toEqual(["Omar Omsen", "عمر أومسين", "Omar Diaby", "عمر ديابي"]);
    expect(rows[1]!.normalized).toBe(rows.find((row) => row.alias === "عمر أومسين")!.normalized);
  });

  it("drops blank aliases", () => {
    expect(entityAliasRows("SOHR", ["  ", ""])).toHaveLength(1);
  });
});
