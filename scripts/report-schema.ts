/** Writes docs/report.schema.json, the JSON Schema of signed reports, generated from the zod schema. */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { reportJsonSchema } from "../lib/domain/reports/report-json-schema";

const target = path.join(import.meta.dirname, "..", "docs", "report.schema.json");
await writeFile(target, `${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
console.log(`Wrote ${target}`);
