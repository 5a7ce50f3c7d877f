/**
 * A claim's workflow states, in the order the workflow moves through them. Apart from the zod
 * schemas (lib/schemas/claims.ts re-exports them) so client components can use them without
 * bringing zod into a page's first-load JS.
 */
export const CLAIM_STATUSES = [
  "NEW",
  "IN_PROGRESS",
  "IN_REVIEW",
  "CHANGES_REQUESTED",
  "APPROVED",
  "PUBLISHED",
  "CORRECTED",
  "RETRACTED",
] as const;
export type TClaimStatus = (typeof CLAIM_STATUSES)[number];
