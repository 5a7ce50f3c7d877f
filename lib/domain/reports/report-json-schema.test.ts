import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { reportJsonSchema } from "./report-json-schema";

describe("docs/report.schema.json", () => {
  it("is the schema generated from the zod model (run npm run report-schema after changing it)", () => {
    const committed = JSON.parse(
      readFileSync(path.join(import.meta.dirname, "../../../docs/report.schema.json"), "utf8"),
    ) as unknown;
    expect(committed).toEqual(JSON.parse(JSON.stringify(reportJsonSchema())));
  });

  it("describes the report's parts", () => {
    const schema = reportJsonSchema() as {
      properties: { report: { properties: Record<string, unknown> }; integrity: unknown };
    };
    expect(Object.keys(schema.properties.report.properties)).toEqual(
      expect.arrayContaining(["articles", "claims", "ratingScale", "generatedAt"]),
    );
  });
});
