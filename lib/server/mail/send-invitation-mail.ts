import "server-only";
import nodemailer from "nodemailer";
import { appEnv } from "@/lib/config/env";
import { logger } from "@/lib/log/logger";

export interface InvitationMail {
  to: string;
  teamName: string;
  inviterName: string;
  role: string;
  link: string;
  expiresAt: Date;
}

/**
 * Emails an invitation link when SMTP_URL is set. The invitee's language is not known yet, so the
 * message says it in English and in Arabic. Sending never decides whether the invitation exists:
 * the admin sees the link either way, and is told whether the email went out.
 * @returns null when no mail server is configured; whether the server accepted the message otherwise
 */
export async function sendInvitationMail(
  mail: InvitationMail,
  smtp: { url?: string; from?: string } = { url: appEnv().SMTP_URL, from: appEnv().SMTP_FROM },
): Promise<boolean | null> {
  if (!smtp.url) return null;
  const from = smtp.from ?? `ClaimDesk <no-reply@${new URL(appEnv().APP_URL).hostname}>`;
  const until = mail.expiresAt.toISOString().slice(0, 10);
  try {
    const transport = nodemailer.createTransport(smtp.url, { connectionTimeout: 10_000, socketTimeout: 15_000 });
    await transport.sendMail({
      from,
      to: mail.to,
      subject: `Join ${mail.teamName} on ClaimDesk · دعوة للانضمام إلى ${mail.teamName}`,
      text: [
        `${mail.inviterName} invites you to join ${mail.teamName} on ClaimDesk as ${mail.role}.`,
        `Accept by ${until}: ${mail.link}`,
        "",
        `يدعوك ${mail.inviterName} للانضمام إلى ${mail.teamName} على ClaimDesk.`,
        `اقبل الدعوة قبل ${until}: ${mail.link}`,
      ].join("\n"),
    });
    return true;
  } catch (error) {
    logger.warn({ err: error }, "invitation email not sent");
    return false;
  }
}
