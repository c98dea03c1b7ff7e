import { sha256 } from "@oslojs/crypto/sha2";
import { constantTimeEqual } from "@oslojs/crypto/subtle";
import { encodeBase32LowerCaseNoPadding } from "@oslojs/encoding";
import { redirect } from "@remix-run/node";
import { and, eq, ne, sql } from "drizzle-orm";
import type { Queryable } from "#db/connection";
import { organisations, sessions, users, type SessionStage } from "#db/schema";
import { config } from "~/config.server";
import { db, preparedOnce } from "~/db.server";
import { oncePerRequest } from "~/request-scope.server";
import type { OrganisationType } from "~/domain/organisations";
import type { Role } from "~/domain/roles";

export interface CurrentUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  organisationId: string;
  organisationName: string;
  organisationType: OrganisationType;
  jobTitle: string | null;
  phone: string | null;
  sessionId: string;
}

interface ValidSession {
  id: string;
  stage: SessionStage;
  userId: string;
  idleExpiresAt: Date;
  absoluteExpiresAt: Date;
}

/**
 * `__Host-` makes the browser insist on Secure, Path=/ and no Domain, so no
 * other site or subdomain can set or read it. No Max-Age: the cookie goes
 * when the browser closes, and the server decides expiry (see docs/decisions/0004-sessions-after-lucia.md).
 */
export const sessionCookieName = "__Host-front-door-session";

/** Password done, two-factor not yet: long enough to open an authenticator app, no longer. */
const pendingSessionMinutes = 10;
/** The idle expiry is written at most this often, not on every request. */
const refreshIntervalMs = 60_000;

/** A secret for a cookie or a link: 160 random bits by default, in lower-case base32. */
export function randomToken(bytes = 20): string {
  const random = new Uint8Array(bytes);
  crypto.getRandomValues(random);
  return encodeBase32LowerCaseNoPadding(random);
}

export function hashSecret(secret: string): Uint8Array {
  return sha256(new TextEncoder().encode(secret));
}

/** How long a session may sit unused, and live at all, for this role at this stage. */
function sessionLifetimes(role: Role, stage: SessionStage): { idleMs: number; absoluteMs: number } {
  if (stage !== "signed_in") {
    const pendingMs = pendingSessionMinutes * 60_000;
    return { idleMs: pendingMs, absoluteMs: pendingMs };
  }
  const settings = config();
  const idleMinutes = role === "admin" ? settings.ADMIN_SESSION_IDLE_MINUTES : settings.SESSION_IDLE_MINUTES;
  return { idleMs: idleMinutes * 60_000, absoluteMs: settings.SESSION_ABSOLUTE_HOURS * 3_600_000 };
}

export interface NewSession {
  userId: string;
  role: Role;
  stage: SessionStage;
  ipAddress: string | null;
  userAgent: string | null;
}

/**
 * A new session with a new id and secret, 160 random bits each. The token
 * `<id>.<secret>` goes in the cookie; only the SHA-256 of the secret is stored.
 */
export async function createSession(queryable: Queryable, session: NewSession): Promise<{ id: string; token: string }> {
  const id = randomToken();
  const secret = randomToken();
  const now = new Date();
  const { idleMs, absoluteMs } = sessionLifetimes(session.role, session.stage);
  await queryable.insert(sessions).values({
    id,
    secretHash: hashSecret(secret),
    userId: session.userId,
    stage: session.stage,
    createdAt: now,
    lastActiveAt: now,
    idleExpiresAt: new Date(now.getTime() + Math.min(idleMs, absoluteMs)),
    absoluteExpiresAt: new Date(now.getTime() + absoluteMs),
    ipAddress: session.ipAddress,
    userAgent: session.userAgent?.slice(0, 300) ?? null,
  });
  return { id, token: `${id}.${secret}` };
}

export function sessionCookie(token: string): string {
  return `${sessionCookieName}=${token}; Path=/; HttpOnly; Secure; SameSite=Lax`;
}

export function clearedSessionCookie(): string {
  return `${sessionCookieName}=; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=0`;
}

function readSessionToken(request: Request): string | null {
  const header = request.headers.get("cookie");
  if (!header) return null;
  for (const part of header.split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === sessionCookieName) return value.join("=") || null;
  }
  return null;
}

const sessionColumns = {
  id: sessions.id,
  secretHash: sessions.secretHash,
  stage: sessions.stage,
  lastActiveAt: sessions.lastActiveAt,
  idleExpiresAt: sessions.idleExpiresAt,
  absoluteExpiresAt: sessions.absoluteExpiresAt,
  userId: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  active: users.active,
  jobTitle: users.jobTitle,
  phone: users.phone,
  organisationId: organisations.id,
  organisationName: organisations.name,
  organisationType: organisations.type,
};

// Every page looks its session up: about 3% of the lightest page's CPU went on building this statement each time.
const sessionById = preparedOnce((database) =>
  database
    .select(sessionColumns)
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(sessions.id, sql.placeholder("id")))
    .prepare("session_by_id"),
);

export interface ValidatedSession {
  session: ValidSession;
  user: CurrentUser;
}

/**
 * Checks a token as the Lucia guide does: find the session by its id, then
 * compare the secret's hash in constant time. Expired sessions, and sessions
 * of deactivated users, are deleted. A signed-in session's idle expiry slides
 * forward (at most once a minute), never past its absolute expiry.
 */
export async function validateSessionToken(token: string): Promise<ValidatedSession | null> {
  const [id, secret, extra] = token.split(".");
  if (!id || !secret || extra !== undefined) return null;
  const [row] = await sessionById().execute({ id });
  if (!row || !constantTimeEqual(hashSecret(secret), row.secretHash)) return null;

  const now = new Date();
  if (now >= row.idleExpiresAt || now >= row.absoluteExpiresAt || !row.active) {
    await invalidateSession(row.id);
    return null;
  }
  let idleExpiresAt = row.idleExpiresAt;
  if (row.stage === "signed_in" && now.getTime() - row.lastActiveAt.getTime() >= refreshIntervalMs) {
    const { idleMs } = sessionLifetimes(row.role, row.stage);
    idleExpiresAt = new Date(Math.min(now.getTime() + idleMs, row.absoluteExpiresAt.getTime()));
    await db().update(sessions).set({ lastActiveAt: now, idleExpiresAt }).where(eq(sessions.id, row.id));
  }
  return {
    session: {
      id: row.id,
      stage: row.stage,
      userId: row.userId,
      idleExpiresAt,
      absoluteExpiresAt: row.absoluteExpiresAt,
    },
    user: {
      id: row.userId,
      name: row.name,
      email: row.email,
      role: row.role,
      organisationId: row.organisationId,
      organisationName: row.organisationName,
      organisationType: row.organisationType,
      jobTitle: row.jobTitle,
      phone: row.phone,
      sessionId: row.id,
    },
  };
}

/** "Stay signed in": the idle expiry starts again from now, however recently it was last moved. */
export async function extendSession(user: Pick<CurrentUser, "role" | "sessionId">, queryable: Queryable = db()) {
  const now = new Date();
  const { idleMs } = sessionLifetimes(user.role, "signed_in");
  await queryable
    .update(sessions)
    .set({
      lastActiveAt: now,
      idleExpiresAt: sql`least(${new Date(now.getTime() + idleMs).toISOString()}::timestamptz, ${sessions.absoluteExpiresAt})`,
    })
    .where(eq(sessions.id, user.sessionId));
}

export async function invalidateSession(sessionId: string, queryable: Queryable = db()): Promise<void> {
  await queryable.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Ends every session of a user, or every one but `exceptSessionId` (after a password change). */
export async function invalidateUserSessions(
  userId: string,
  queryable: Queryable = db(),
  exceptSessionId?: string,
): Promise<void> {
  await queryable
    .delete(sessions)
    .where(
      exceptSessionId
        ? and(eq(sessions.userId, userId), ne(sessions.id, exceptSessionId))
        : eq(sessions.userId, userId),
    );
}

/**
 * The session a request carries, at whatever stage, or null. The root's loader
 * and the page's (and an action's, for a form posted without JavaScript) all
 * ask; the database is asked once per request (see request-scope.server.ts).
 */
export function getSession(request: Request): Promise<ValidatedSession | null> {
  const token = readSessionToken(request);
  if (!token) return Promise.resolve(null);
  return oncePerRequest(request, `session:${token}`, () => validateSessionToken(token));
}

/** The fully signed-in user (password and two-factor done), or null. */
export async function getCurrentUser(request: Request): Promise<CurrentUser | null> {
  const found = await getSession(request);
  return found?.session.stage === "signed_in" ? found.user : null;
}

/** The fully signed-in user; anyone else is sent to sign in, and brought back here afterwards. */
export async function requireUser(request: Request): Promise<CurrentUser> {
  const user = await getCurrentUser(request);
  if (user) return user;
  const url = new URL(request.url);
  throw redirect(`/sign-in?${new URLSearchParams({ redirectTo: `${url.pathname}${url.search}` })}`);
}

export { safeRedirect } from "./safe-redirect";

/** A session part-way through signing in (password done, two-factor to come), or null. */
export async function getPendingSession(
  request: Request,
  stage: Exclude<SessionStage, "signed_in">,
): Promise<ValidatedSession | null> {
  const found = await getSession(request);
  return found?.session.stage === stage ? found : null;
}
