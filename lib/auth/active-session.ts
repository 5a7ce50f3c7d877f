import "server-only";
import { cache } from "react";
import { checkSession } from "@/lib/server/sessions/check-session";

/**
 * checkSession once per request: Auth.js's jwt callback asks first (so /api/auth/session
 * knows a revoked token too), then the member loader asks again and gets the same answer.
 */
export const checkSessionOnce = cache(checkSession);
