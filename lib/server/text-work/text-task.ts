import type { suggestClaims } from "@/lib/domain/claims/claim-suggestions";

/** What the text worker can be asked to do (text-worker.ts). */
export type TextTask =
  | { kind: "extract"; html: string; url?: string }
  | { kind: "suggest"; text: string; options: Parameters<typeof suggestClaims>[1] };
