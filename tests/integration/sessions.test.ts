import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { checkSession } from "@/lib/server/sessions/check-session";
import { endSession } from "@/lib/server/sessions/end-session";
import { signOutEverywhere } from "@/lib/server/sessions/sign-out-everywhere";
import { startSession } from "@/lib/server/sessions/start-session";
import { auditEventsFor, createTeam } from "./support";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ago = (ms: number) => new Date(Date.now() - ms);
const row = (sessionId: string) => db.userSession.findUniqueOrThrow({ where: { id: sessionId } });

describe("sessions", () => {
  it("start with an absolute end SESSION_MAX_DAYS (7) after sign-in", async () => {
    const { members } = await createTeam(["VIEWER"]);
    const { sessionId, expiresAt } = await startSession(members.VIEWER.userId);
    const stored = await row(sessionId);
    expect(expiresAt.getTime() - stored.createdAt.getTime()).toBe(7 * DAY);
    expect(await checkSession(sessionId)).toEqual({ userId: members.VIEWER.userId });
  });

  it("end on sign-out, wherever a copy of the token is", async () => {
    const { members } = await createTeam(["VIEWER"]);
    const { sessionId } = await startSession(members.VIEWER.userId);
    await endSession(sessionId);
    expect(await checkSession(sessionId)).toBeNull();
    expect((await row(sessionId)).revokedAt).not.toBeNull();
  });

  it("end after SESSION_IDLE_HOURS (12) unused", async () => {
    const { members } = await createTeam(["VIEWER"]);
    const { sessionId } = await startSession(members.VIEWER.userId);
    await db.userSession.update({ where: { id: sessionId }, data: { lastSeenAt: ago(11 * HOUR) } });
    expect(await checkSession(sessionId)).toEqual({ userId: members.VIEWER.userId });
    await db.userSession.update({ where: { id: sessionId }, data: { lastSeenAt: ago(12 * HOUR + 60_000) } });
    expect(await checkSession(sessionId)).toBeNull();
  });

  it("end at their absolute end however busy they are: use does not extend them", async () => {
    const { members } = await createTeam(["VIEWER"]);
    const { sessionId } = await startSession(members.VIEWER.userId);
    await db.userSession.update({
      where: { id: sessionId },
      data: { createdAt: ago(7 * DAY - 60_000), expiresAt: new Date(Date.now() + 60_000), lastSeenAt: ago(2 * 60_000) },
    });
    expect(await checkSession(sessionId)).toEqual({ userId: members.VIEWER.userId });
    const touched = await row(sessionId);
    expect(touched.lastSeenAt.getTime()).toBeGreaterThan(Date.now() - 10_000);
    expect(touched.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + 60_000);

    await db.userSession.update({ where: { id: sessionId }, data: { expiresAt: ago(1) } });
    expect(await checkSession(sessionId)).toBeNull();
  });

  it("record use at most once a minute", async () => {
    const { members } = await createTeam(["VIEWER"]);
    const { sessionId } = await startSession(members.VIEWER.userId);
    const seen = ago(30_000);
    await db.userSession.update({ where: { id: sessionId }, data: { lastSeenAt: seen } });
    await checkSession(sessionId);
    expect((await row(sessionId)).lastSeenAt).toEqual(seen);
    await db.userSession.update({ where: { id: sessionId }, data: { lastSeenAt: ago(61_000) } });
    await checkSession(sessionId);
    expect((await row(sessionId)).lastSeenAt.getTime()).toBeGreaterThan(Date.now() - 10_000);
  });

  it("sign out everywhere ends every session of the member, this one too, and the trail records it", async () => {
    const { team, members } = await createTeam(["EDITOR", "VIEWER"]);
    const mine = [await startSession(members.EDITOR.userId), await startSession(members.EDITOR.userId)];
    const someoneElse = await startSession(members.VIEWER.userId);
    const editor = { ...members.EDITOR, sessionId: mine[0]!.sessionId };

    expect(await signOutEverywhere(editor)).toEqual({ ended: 2 });
    for (const session of mine) expect(await checkSession(session.sessionId)).toBeNull();
    expect(await checkSession(someoneElse.sessionId)).toEqual({ userId: members.VIEWER.userId });
    const events = await auditEventsFor(members.EDITOR.userId);
    expect(events.map((event) => [event.action, event.teamId, event.actorId])).toEqual([
      ["user.signOutEverywhere", team.id, members.EDITOR.userId],
    ]);
  });

  it("that can no longer be used are cleared when the user signs in again", async () => {
    const { members } = await createTeam(["VIEWER"]);
    const userId = members.VIEWER.userId;
    const [revoked, idle, expired, live] = [
      await startSession(userId),
      await startSession(userId),
      await startSession(userId),
      await startSession(userId),
    ];
    await endSession(revoked.sessionId);
    await db.userSession.update({ where: { id: idle.sessionId }, data: { lastSeenAt: ago(13 * HOUR) } });
    await db.userSession.update({ where: { id: expired.sessionId }, data: { expiresAt: ago(1) } });
    const fresh = await startSession(userId);
    const left = await db.userSession.findMany({ where: { userId }, select: { id: true } });
    expect(left.map((session) => session.id).sort()).toEqual([live.sessionId, fresh.sessionId].sort());
  });
});
