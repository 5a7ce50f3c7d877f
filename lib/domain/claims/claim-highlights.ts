/**
 * Which claims the reader highlights on a revision of an article, and where. A claim stores one
 * anchor: offsets and quote on the revision it was last found on (an orphan keeps the last
 * revision its quote was in). The rule:
 *
 * Current revision
 * - ORPHANED: never highlighted; the claim panel lists it as "not found in the current text".
 * - An anchor that refers to another revision is never drawn by its offsets (they index
 *   another text: that is how an orphan once landed on the wrong words).
 * - Offsets are drawn only if the text there is the stored quote.
 * - FUZZY ("needs a look"): drawn, marked approximate, only on whole words of one paragraph
 *   (anchor-shape.ts); otherwise listed with the not-found claims.
 *
 * Earlier revisions (history is not stored per claim, so this is reconstructed, and says so)
 * - A claim whose anchor refers to that revision is drawn by its offsets, as above.
 * - Any other claim is located by its quote in that text with the same re-anchoring used
 *   for corrections: found as written (in the shape it was selected), or approximately
 *   ("needs a look"), or not at all. Which claims existed then is the caller's to decide.
 */
import { isWholeWordSpan, keepsQuoteShape } from "./anchor-shape";
import { reanchor, type AnchorStatus } from "./anchoring";

export interface AnchoredClaim {
  claimId: string;
  revisionId: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  anchorStatus: AnchorStatus;
}

export interface ShownRevision {
  id: string;
  text: string;
}

export type HiddenReason =
  /** The claim's quote is no longer in the current text. */
  | "orphaned"
  /** The stored offsets do not fall on the stored quote in this text, or on a sound span. */
  | "unsound"
  /** On an earlier revision: the quote is not in that text. */
  | "notFound";

export type ClaimHighlight =
  | {
      claimId: string;
      shown: true;
      start: number;
      end: number;
      /** A fuzzy position: drawn differently, and the claim says it needs a look. */
      approximate: boolean;
      /** Where the position comes from: the claim's own anchor, or its quote found in this text. */
      locatedBy: "anchor" | "quote";
    }
  | { claimId: string; shown: false; reason: HiddenReason };

function storedHighlight(text: string, claim: AnchoredClaim, orphanShown: boolean): ClaimHighlight {
  const hidden = (reason: HiddenReason): ClaimHighlight => ({ claimId: claim.claimId, shown: false, reason });
  if (claim.anchorStatus === "ORPHANED" && !orphanShown) return hidden("orphaned");
  const { start, end } = claim;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end)
    return hidden("unsound");
  if (text.slice(start, end) !== claim.exact || !keepsQuoteShape(text, start, end, claim)) return hidden("unsound");
  const approximate = claim.anchorStatus === "FUZZY";
  if (approximate && !isWholeWordSpan(text, start, end)) return hidden("unsound");
  return { claimId: claim.claimId, shown: true, start, end, approximate, locatedBy: "anchor" };
}

/** Where each claim is highlighted on the article's current revision (see the rule above). */
export function highlightOnCurrentRevision(revision: ShownRevision, claim: AnchoredClaim): ClaimHighlight {
  if (claim.anchorStatus === "ORPHANED") return { claimId: claim.claimId, shown: false, reason: "orphaned" };
  if (claim.revisionId !== revision.id) return { claimId: claim.claimId, shown: false, reason: "unsound" };
  return storedHighlight(revision.text, claim, false);
}

/** Where each claim is highlighted on an earlier revision: its own anchor if it refers to it, else its quote. */
export function highlightOnEarlierRevision(revision: ShownRevision, claim: AnchoredClaim): ClaimHighlight {
  // An orphan's anchor stays on the last revision its quote was in: that is where it belongs.
  if (claim.revisionId === revision.id) return storedHighlight(revision.text, claim, true);
  const found = reanchor(revision.text, {
    start: claim.start,
    end: claim.end,
    exact: claim.exact,
    prefix: claim.prefix,
    suffix: claim.suffix,
  });
  if (found.status === "ORPHANED") return { claimId: claim.claimId, shown: false, reason: "notFound" };
  return {
    claimId: claim.claimId,
    shown: true,
    start: found.start,
    end: found.end,
    approximate: found.status === "FUZZY",
    locatedBy: "quote",
  };
}
