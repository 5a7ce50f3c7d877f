import { describe, expect, it } from "vitest";
import { entityName } from "./entity-name";

describe("entityName", () => {
  const bakir = { name: "Ghassan Bakir", arabicName: "غسان باكير" };

  it("shows the Arabic name in the Arabic interface and the name elsewhere", () => {
    expect(entityName(bakir, "ar")).toBe("غسان باكير");
    expect(entityName(bakir, "en")).toBe("Ghassan Bakir");
  });

  it("falls back to the name when there is no Arabic one", () => {
    expect(entityName({ name: "SOHR", arabicName: null }, "ar")).toBe("SOHR");
    expect(entityName({ name: "SOHR", arabicName: "" }, "ar")).toBe("SOHR");
    expect(entityName({ name: "SOHR" }, "ar")).toBe("SOHR");
  });
});
