/**
 * Who is told when work moves (issue 16). One rule, in one place:
 *
 * - A claim's fact-checkers are its assignee and whoever last rated it (ratedById). They hear
 *   when changes are requested, when it is approved, published, when a correction of it is
 *   published, and when someone comments on it. The creator is not told as such: whoever split
 *   the article is often not who checks the claim, and a claim reaching review always has a rater.
 * - The team's reviewers (the roles that may approve) hear that work was submitted for review
 *   (and, as before, withdrawn from it).
 * - Nobody is told about their own action; muted kinds are never created (create-notifications.ts).
 */
import type { WorkflowAction } from "@/lib/domain/workflow/claim-workflow";

export const NOTIFICATION_KINDS = [
  "MENTION",
  "ASSIGNED",
  "COMMENTED",
  "SUBMITTED",
  "WITHDRAWN",
  "CHANGES_REQUESTED",
  "APPROVED",
  "PUBLISHED",
  "CORRECTED",
] as const;
export type TNotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** The workflow step's notice for the claim's fact-checkers, if it has one. */
export function factCheckerNoticeFor(
  action: WorkflowAction,
  alreadyPublished: boolean,
): "CHANGES_REQUESTED" | "APPROVED" | "PUBLISHED" | "CORRECTED" | null {
  if (action === "requestChanges") return "CHANGES_REQUESTED";
  if (action === "approve") return "APPROVED";
  if (action === "publish") return alreadyPublished ? "CORRECTED" : "PUBLISHED";
  return null;
}

/** The workflow step's notice for the team's reviewers, if it has one. */
export function reviewerNoticeFor(action: WorkflowAction): "SUBMITTED" | "WITHDRAWN" | null {
  if (action === "submit") return "SUBMITTED";
  if (action === "withdraw") return "WITHDRAWN";
  return null;
}

/** A claim's fact-checkers (assignee, then rater), once each, never the actor. */
export function factCheckersOf(
  claim: { assigneeId: string | null; ratedById: string | null },
  actorId: string,
): string[] {
  return [...new Set([claim.assigneeId, claim.ratedById])].filter(
    (userId): userId is string => userId !== null && userId !== actorId,
  );
}
