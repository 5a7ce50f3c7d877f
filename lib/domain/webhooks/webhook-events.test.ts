import { describe, expect, it } from "vitest";
import { WORKFLOW_ACTIONS } from "@/lib/domain/workflow/claim-workflow";
import {
  isDelivered,
  WEBHOOK_EVENT_TYPES,
  WEBHOOK_MAX_ATTEMPTS,
  webhookEventForTransition,
  webhookRetryDelayMs,
} from "./webhook-events";

describe("the event a workflow step announces", () => {
  it("names each reviewed step, and tells a first publication from a published correction", () => {
    expect(webhookEventForTransition("submit", false)).toBe("claim.submitted");
    expect(webhookEventForTransition("requestChanges", false)).toBe("claim.changes_requested");
    expect(webhookEventForTransition("approve", true)).toBe("claim.approved");
    expect(webhookEventForTransition("publish", false)).toBe("claim.published");
    expect(webhookEventForTransition("publish", true)).toBe("claim.corrected");
    expect(webhookEventForTransition("retract", true)).toBe("claim.retracted");
  });

  it("announces nothing for steps that stay inside the desk (a correction draft, taking work back)", () => {
    const announced = WORKFLOW_ACTIONS.filter((action) => webhookEventForTransition(action, true) !== null);
    expect(WORKFLOW_ACTIONS.filter((action) => !announced.includes(action))).not.toContain("publish");
    expect(webhookEventForTransition("correct", true)).toBeNull();
    for (const action of WORKFLOW_ACTIONS) {
      const type = webhookEventForTransition(action, false);
      if (type) expect(WEBHOOK_EVENT_TYPES).toContain(type);
    }
  });
});

describe("retries", () => {
  it("wait longer each time, for about a day in all, then stop", () => {
    const delays = Array.from({ length: WEBHOOK_MAX_ATTEMPTS }, (_, i) => webhookRetryDelayMs(i + 1));
    expect(delays.at(-1)).toBeNull();
    const waits = delays.slice(0, -1) as number[];
    expect(waits.every((wait, i) => i === 0 || wait >= waits[i - 1]!)).toBe(true);
    const total = waits.reduce((sum, wait) => sum + wait, 0);
    expect(total).toBeGreaterThan(24 * 3_600_000);
    expect(total).toBeLessThan(36 * 3_600_000);
  });

  it("count only a 2xx answer as delivered", () => {
    expect([200, 204, 299].map(isDelivered)).toEqual([true, true, true]);
    expect([null, 199, 301, 404, 500].map(isDelivered)).toEqual([false, false, false, false, false]);
  });
});
