"use server";

import { z } from "zod";
import type { VerifyResult } from "@/lib/domain/reports/integrity";
import { verifyUploadedReport } from "@/lib/server/reports/verify-report";

const ZVerifyInput = z.object({ text: z.string().max(50 * 1024 * 1024) });

/** Public on purpose: anyone holding a report may check it. It reads nothing but the file and public keys. */
export async function verifyReportAction(input: {
  text: string;
}): Promise<VerifyResult | { ok: false; reason: "tooLarge" }> {
  const parsed = ZVerifyInput.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "tooLarge" };
  return verifyUploadedReport(parsed.data.text);
}
