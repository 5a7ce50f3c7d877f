import type { TClaimDetails, TClaimType } from "@/lib/schemas/claims";

/** The structured fields of a claim type, all empty: the starting point of the form. */
export function emptyDetails(type: TClaimType): TClaimDetails {
  switch (type) {
    case "CASUALTY_REPORT":
      return { type, casualty: { parties: [] } };
    case "ACCUSATION":
      return { type, accusation: {} };
    case "PROMISE":
      return { type, promise: { followUp: "PENDING" } };
    default:
      return { type };
  }
}
