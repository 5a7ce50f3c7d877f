"use client";

import { useState } from "react";
import type { Role } from "@/lib/auth/permissions";
import {
  availableActions,
  blockedByFourEyes,
  canEditRating,
  type WorkflowAction,
} from "@/lib/domain/workflow/claim-workflow";
import type { ClaimDto } from "@/lib/server/claims/claim-dto";
import type { ClaimDetailDto } from "@/lib/server/claims/get-claim";
import type { RatingLabelOption } from "@/lib/server/ratings/list-rating-labels";
import { RatingPanel } from "./rating-panel";
import { WorkflowPanel } from "./workflow-panel";

/**
 * Rating and workflow share the latest claim: a step taken right after saving the rating
 * uses the saved version at once, without waiting for the page to refresh. What may be done
 * next is worked out here from the role and status, by the same pure rules the server applies.
 */
export function ReviewPanels(props: {
  claim: ClaimDto;
  scale: RatingLabelOption[];
  role: Role;
  userId: string;
  publications: ClaimDetailDto["publications"];
  direction: "rtl" | "ltr";
}) {
  const [saved, setSaved] = useState<ClaimDto | null>(null);
  const claim = saved && saved.version > props.claim.version ? saved : props.claim;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <RatingPanel
        claim={claim}
        scale={props.scale}
        canRate={canEditRating(props.role, claim.status)}
        direction={props.direction}
        onSaved={setSaved}
      />
      <WorkflowPanel
        claim={claim}
        actions={availableActions(
          props.role,
          { status: claim.status, ratedById: claim.ratedBy?.id, published: claim.publishedVersion > 0 },
          props.userId,
        )}
        fourEyesBlocked={["approve", "publish"].some((action) =>
          blockedByFourEyes(
            action as WorkflowAction,
            { status: claim.status, ratedById: claim.ratedBy?.id ?? null },
            props.userId,
          ),
        )}
        publications={props.publications}
        onChanged={setSaved}
      />
    </div>
  );
}
