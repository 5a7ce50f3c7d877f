import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createInvitation } from "@/lib/server/invitations/create-invitation";
import { sendInvitationMail } from "@/lib/server/mail/send-invitation-mail";
import { createTeam } from "./support";

/** A real SMTP server on 127.0.0.1 that keeps what it is sent. */
describe("invitation emails, when a mail server is configured", () => {
  const received: { to: string[]; raw: string }[] = [];
  let server: SMTPServer;
  let url: string;

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", () => {
          received.push({
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            raw: Buffer.concat(chunks).toString(),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.server.address() as { port: number };
    url = `smtp://127.0.0.1:${port}`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server?.close(() => resolve()));
  });

  it("sends the link to the invitee, in English and in Arabic", async () => {
    const sent = await sendInvitationMail(
      {
        to: "nadia@example.test",
        teamName: "Al-Rased",
        inviterName: "Amira Admin",
        role: "FACT_CHECKER",
        link: "https://claimdesk.test/invite/abc",
        expiresAt: new Date("2026-12-06T12:00:00Z"),
      },
      { url, from: "ClaimDesk <desk@claimdesk.test>" },
    );
    expect(sent).toBe(true);
    const mail = await simpleParser(received.at(-1)!.raw);
    expect(received.at(-1)!.to).toEqual(["nadia@example.test"]);
    expect(mail.from?.value[0]).toMatchObject({ name: "ClaimDesk", address: "desk@claimdesk.test" });
    expect(mail.subject).toContain("Al-Rased");
    expect(mail.text).toContain("https://claimdesk.test/invite/abc");
    expect(mail.text).toContain("يدعوك Amira Admin للانضمام إلى Al-Rased");
  });

  it("says so when the mail server cannot be reached, and says nothing without one", async () => {
    const mail = {
      to: "x@example.test",
      teamName: "T",
      inviterName: "A",
      role: "VIEWER",
      link: "https://claimdesk.test/invite/x",
      expiresAt: new Date(),
    };
    expect(await sendInvitationMail(mail, { url: "smtp://127.0.0.1:1" })).toBe(false);
    expect(await sendInvitationMail(mail, { url: undefined })).toBeNull();
  });

  it("without SMTP_URL, an invitation is made and its link shown, with no email attempted", async () => {
    const { members, tag } = await createTeam(["ADMIN"]);
    const created = await createInvitation(members.ADMIN, { email: `nomail-${tag}@example.test`, role: "VIEWER" });
    expect(created).toMatchObject({ emailed: null, link: expect.stringContaining("/invite/") });
  });
});
