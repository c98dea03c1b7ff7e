import type { ReceivedEmail } from "#tests/support/smtp";

/** Every email the portal has sent to the end-to-end tests' SMTP server (see smtp-sink.ts). */
export async function receivedEmails(): Promise<ReceivedEmail[]> {
  const response = await fetch(`http://127.0.0.1:${process.env.E2E_SMTP_HTTP_PORT}/messages`);
  return (await response.json()) as ReceivedEmail[];
}
