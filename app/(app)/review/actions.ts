"use server";

import { authedAction } from "@/lib/auth/authed-action";
import { ZBulkTransitionInput } from "@/lib/schemas/ratings";
import { bulkTransitionClaims } from "@/lib/server/claims/bulk-transition-claims";

export const bulkTransitionAction = authedAction(ZBulkTransitionInput, bulkTransitionClaims);
