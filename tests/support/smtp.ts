import { SMTPServer } from "smtp-server";

export interface ReceivedEmail {
  from: string;
  to: string[];
  subject: string;
  messageId: string;
  text: string;
}

/** What the server answers to the next message: accept it, refuse it with an SMTP code, or never answer. */
type SmtpAnswer = { accept: true } | { accept: false; code: number; message: string } | { hang: true };

export interface TestSmtpServer {
  url: string;
  /** Messages the server accepted (answered 250). */
  received: ReceivedEmail[];
  /** Every DATA the server began to read, accepted or not. */
  attempts: number;
  /** Decides the answer to each message; accepts everything unless set. */
  answer: (attempt: number) => SmtpAnswer;
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedEmail[]>;
  waitForAttempts(count: number, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A real SMTP server on a free loopback port, for tests to send to and read
 * from. No TLS, no authentication: nodemailer talks to it as to any relay.
 */
export async function startTestSmtpServer(options: { port?: number } = {}): Promise<TestSmtpServer> {
  const state: TestSmtpServer = {
    url: "",
    received: [],
    attempts: 0,
    answer: () => ({ accept: true }),
    waitFor: (count, timeoutMs) => until(() => state.received.length >= count, timeoutMs).then(() => state.received),
    waitForAttempts: (count, timeoutMs) => until(() => state.attempts >= count, timeoutMs),
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      state.attempts += 1;
      const answer = state.answer(state.attempts);
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if ("hang" in answer) return;
        if (!answer.accept) {
          callback(Object.assign(new Error(answer.message), { responseCode: answer.code }));
          return;
        }
        state.received.push(
          parseEmail(
            Buffer.concat(chunks).toString("utf8"),
            session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            session.envelope.rcptTo.map((recipient) => recipient.address),
          ),
        );
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", () => resolve()));
  const address = server.server.address();
  if (!address || typeof address === "string") throw new Error("The test SMTP server has no port");
  state.url = `smtp://127.0.0.1:${address.port}`;
  return state;
}

export async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Gave up waiting after ${timeoutMs}ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Enough of RFC 5322 and MIME for nodemailer's plain-text messages. */
function parseEmail(raw: string, from: string, to: string[]): ReceivedEmail {
  const [head = "", ...rest] = raw.split("\r\n\r\n");
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n[ \t]+/g, " ").split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const body = rest.join("\r\n\r\n");
  const encoding = headers.get("content-transfer-encoding")?.toLowerCase();
  const text =
    encoding === "quoted-printable"
      ? decodeQuotedPrintable(body)
      : encoding === "base64"
        ? Buffer.from(body, "base64").toString("utf8")
        : body;
  return {
    from,
    to,
    subject: decodeEncodedWords(headers.get("subject") ?? ""),
    messageId: headers.get("message-id") ?? "",
    text: text.replace(/\r\n/g, "\n"),
  };
}

function decodeQuotedPrintable(text: string): string {
  const unfolded = text.replace(/=\r?\n/g, "");
  const bytes: number[] = [];
  for (let index = 0; index < unfolded.length; index += 1) {
    const hex = unfolded.slice(index + 1, index + 3);
    if (unfolded[index] === "=" && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      index += 2;
    } else {
      bytes.push(...Buffer.from(unfolded[index]!, "utf8"));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

function decodeEncodedWords(text: string): string {
  return text.replace(/=\?utf-8\?([BQ])\?([^?]*)\?=\s*/gi, (_match, kind: string, data: string) =>
    kind.toUpperCase() === "B"
      ? Buffer.from(data, "base64").toString("utf8")
      : decodeQuotedPrintable(data.replace(/_/g, " ")),
  );
}
