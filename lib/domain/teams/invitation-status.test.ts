import { describe, expect, it } from "vitest";
import { invitationExpiry, invitationStatus } from "./invitation-status";

const created = new Date("2026-11-29T10:00:00Z");
const open = { acceptedAt: null, revokedAt: null, expiresAt: invitationExpiry(created) };

describe("invitationStatus", () => {
  it("is open for seven days, then expired", () => {
    expect(open.expiresAt.toISOString()).toBe("2026-12-06T10:00:00.000Z");
    expect(invitationStatus(open, new Date("2026-12-06T09:59:59.999Z"))).toBe("open");
    expect(invitationStatus(open, new Date("2026-12-06T10:00:00.000Z"))).toBe("expired");
  });

  it("keeps accepted and revoked final, whatever the clock says", () => {
    const later = new Date("2027-01-01T00:00:00Z");
    expect(invitationStatus({ ...open, acceptedAt: created }, later)).toBe("accepted");
    expect(invitationStatus({ ...open, revokedAt: created }, created)).toBe("revoked");
  });
});
