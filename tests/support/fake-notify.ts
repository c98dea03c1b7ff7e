import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";

/** An API key in GOV.UK Notify's shape: `<name>-<service id>-<secret key>`. */
export const fakeServiceId = "26785a09-ab16-4eb0-8407-a37497a57506";
const fakeSecret = "3d844edf-8d35-48ac-975b-e847b4f122b0";
export const fakeApiKey = `front_door_test-${fakeServiceId}-${fakeSecret}`;

interface NotifyRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage["headers"];
  body: unknown;
  /** The JWT's claims, when its signature is right for the fake key; null otherwise. */
  claims: { iss?: string; iat?: number } | null;
}

interface StoredNotification {
  id: string;
  reference: string | null;
  email_address: string;
  template_id: string;
  personalisation: Record<string, string>;
}

/** How the fake answers one request: normally, with an error, late (after it has stored the message), or never. */
type NotifyBehaviour =
  | { kind: "normal" }
  | { kind: "error"; status: number; error: string; message: string; headers?: Record<string, string> }
  | { kind: "late"; delayMs: number }
  | { kind: "hang" };

export interface FakeNotify {
  baseUrl: string;
  requests: NotifyRequest[];
  notifications: StoredNotification[];
  behaviour: (request: NotifyRequest, index: number) => NotifyBehaviour;
  stop(): Promise<void>;
}

/**
 * A stand-in for GOV.UK Notify's API on a loopback port: it checks the token
 * as Notify does, keeps the emails it accepts, and answers
 * `GET /v2/notifications?reference=` from them.
 */
export async function startFakeNotify(): Promise<FakeNotify> {
  const open = new Set<ServerResponse>();
  const state: FakeNotify = {
    baseUrl: "",
    requests: [],
    notifications: [],
    behaviour: () => ({ kind: "normal" }),
    stop: () =>
      new Promise((resolve) => {
        for (const response of open) response.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  const server = createServer(async (incoming, response) => {
    open.add(response);
    response.on("close", () => open.delete(response));
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    const url = new URL(incoming.url ?? "/", "http://notify.test");
    const request: NotifyRequest = {
      method: incoming.method ?? "",
      path: url.pathname,
      query: url.searchParams,
      headers: incoming.headers,
      body: text ? JSON.parse(text) : null,
      claims: verifyToken(incoming.headers.authorization),
    };
    state.requests.push(request);
    const behaviour = state.behaviour(request, state.requests.length);
    if (behaviour.kind === "error") {
      reply(
        response,
        behaviour.status,
        { status_code: behaviour.status, errors: [{ error: behaviour.error, message: behaviour.message }] },
        behaviour.headers,
      );
      return;
    }
    if (!request.claims) {
      reply(response, 403, { status_code: 403, errors: [{ error: "AuthError", message: "Invalid token" }] });
      return;
    }
    const answer = handle(state, request);
    if (behaviour.kind === "hang") return;
    if (behaviour.kind === "late") await new Promise((resolve) => setTimeout(resolve, behaviour.delayMs));
    if (!response.destroyed) reply(response, answer.status, answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("The fake Notify has no port");
  state.baseUrl = `http://127.0.0.1:${address.port}`;
  return state;
}

function handle(state: FakeNotify, request: NotifyRequest): { status: number; body: unknown } {
  if (request.method === "POST" && request.path === "/v2/notifications/email") {
    const body = request.body as Omit<StoredNotification, "id"> & { reference?: string };
    const stored: StoredNotification = {
      id: randomUUID(),
      reference: body.reference ?? null,
      email_address: body.email_address,
      template_id: body.template_id,
      personalisation: body.personalisation,
    };
    state.notifications.push(stored);
    return {
      status: 201,
      body: {
        id: stored.id,
        reference: stored.reference,
        content: { subject: "Subject", body: "Body", from_email: "front.door@notifications.service.gov.uk" },
        uri: `${state.baseUrl}/v2/notifications/${stored.id}`,
        template: { id: stored.template_id, version: 1, uri: `${state.baseUrl}/v2/template/${stored.template_id}` },
      },
    };
  }
  if (request.method === "GET" && request.path === "/v2/notifications") {
    const reference = request.query.get("reference");
    const found = state.notifications
      .filter((notification) => !reference || notification.reference === reference)
      .map((notification) => ({ ...notification, type: "email", status: "sending" }));
    return { status: 200, body: { notifications: found, links: { current: `${state.baseUrl}/v2/notifications` } } };
  }
  return { status: 404, body: { status_code: 404, errors: [{ error: "NotFound", message: "Not found" }] } };
}

function reply(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  response.writeHead(status, { "Content-Type": "application/json", ...headers });
  response.end(JSON.stringify(body));
}

/** Notify's check: an HS256 JWT signed with the key's secret, issued by the service, in the last 30 seconds. */
function verifyToken(header: string | undefined): { iss?: string; iat?: number } | null {
  const token = header?.match(/^Bearer (.+)$/)?.[1];
  const [head, payload, signature] = token?.split(".") ?? [];
  if (!head || !payload || !signature) return null;
  const expected = createHmac("sha256", fakeSecret).update(`${head}.${payload}`).digest();
  const given = Buffer.from(signature, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { iss?: string; iat?: number };
  const fresh = typeof claims.iat === "number" && Math.abs(Date.now() / 1000 - claims.iat) <= 30;
  return claims.iss === fakeServiceId && fresh ? claims : null;
}
