import { z } from "zod";
import { ZSignedReport } from "./integrity";

/** The JSON Schema of a signed report file, generated from the zod schema that validates it. */
export function reportJsonSchema(): Record<string, unknown> {
  return {
    $id: "https://claimdesk.example/schemas/claim-report-v1.json",
    title: "ClaimDesk signed claim report, version 1",
    ...z.toJSONSchema(ZSignedReport, { target: "draft-2020-12" }),
  };
}
