import { requestLogger } from "@/lib/log/request-logger";
import { checkHealth } from "@/lib/server/health/check-health";

// Never prerendered at build time: the answer is about this moment.
export const dynamic = "force-dynamic";

/**
 * GET /api/health — for load balancers and monitors, no session: 200 when the database answers
 * and its migrations are current, 503 with the reason otherwise. Details go to the log only.
 */
export async function GET() {
  const health = await checkHealth();
  if (!health.healthy) (await requestLogger()).warn({ err: health.cause, health: health.body }, "health check failed");
  return Response.json(health.body, { status: health.healthy ? 200 : 503, headers: { "cache-control": "no-store" } });
}
