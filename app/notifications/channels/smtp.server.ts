import nodemailer from "nodemailer";
import type { AttemptFailure } from "~/domain/notifications/retry";
import { DeliveryFailure, type MailChannel } from "./channel";

export interface SmtpOptions {
  url: string;
  from: string;
  timeoutMs: number;
}

/**
 * Email over SMTP. SMTP takes no idempotency key, so a crash after the server
 * accepted a message and before the outbox recorded it can send it again;
 * the Message-ID is the same both times, which lets mail systems drop the
 * copy (see ADR 12).
 */
export function createSmtpChannel({ url, from, timeoutMs }: SmtpOptions): MailChannel {
  const transport = nodemailer.createTransport({
    url,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  });
  const domain = from.match(/@([^>\s]+)/)?.[1] ?? "front-door.invalid";
  return {
    name: "smtp",
    async send(email) {
      try {
        const info = await transport.sendMail({
          from,
          to: email.to,
          subject: email.subject,
          text: email.body,
          messageId: `<${email.reference}@${domain}>`,
        });
        return { providerReference: info.messageId ?? null };
      } catch (error) {
        throw new DeliveryFailure(classifySmtpError(error));
      }
    },
    async close() {
      transport.close();
    },
  };
}

const permanentCodes = new Set(["EAUTH", "EENVELOPE", "EMESSAGE"]);

/** 5xx replies refuse the message for good; 4xx replies and broken connections are worth another go. */
function classifySmtpError(error: unknown): AttemptFailure {
  const { responseCode, code, message } = error as { responseCode?: number; code?: string; message?: string };
  const text = `SMTP: ${message ?? String(error)}`;
  if (typeof responseCode === "number") {
    return responseCode >= 500 ? { kind: "permanent", message: text } : { kind: "retryable", message: text };
  }
  return code && permanentCodes.has(code) ? { kind: "permanent", message: text } : { kind: "retryable", message: text };
}
