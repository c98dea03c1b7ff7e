import { sha256 } from "@oslojs/crypto/sha2";
import { eq, sql } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { auditEvents, sessions } from "#db/schema";
import {
  createSession,
  getCurrentUser,
  requireUser,
  sessionCookie,
  sessionCookieName,
  validateSessionToken,
} from "~/auth/session.server";
import { signOut } from "~/auth/sign-in.server";
import { action as signOutAction } from "~/routes/sign-out";
import { createUser, testClient, testContext, testRequest } from "#tests/support/auth-factories";
import { useTestDatabase } from "#tests/support/test-database";

const { db } = useTestDatabase();
const minute = 60_000;

afterEach(() => {
  vi.useRealTimers();
});

async function newSession(role: "partner" | "admin" = "partner") {
  const user = await createUser(db(), { role });
  const { id, token } = await createSession(db(), {
    userId: user.id,
    role,
    stage: "signed_in",
    ipAddress: "127.0.0.1",
    userAgent: "vitest",
  });
  return { user, id, token };
}

describe("session tokens", () => {
  it("are an id and a secret of 160 random bits each, and only the secret's SHA-256 is stored", async () => {
    const { id, token } = await newSession();
    const [tokenId, secret] = token.split(".");
    expect(tokenId).toBe(id);
    // 20 random bytes in base32 is 32 characters: 160 bits.
    expect(secret).toMatch(/^[a-z2-7]{32}$/);
    const [row] = await db().select().from(sessions).where(eq(sessions.id, id));
    expect(Buffer.from(row!.secretHash).equals(Buffer.from(sha256(new TextEncoder().encode(secret!))))).toBe(true);
    const stored = await db().execute(sql`select row_to_json(s)::text as text from sessions s where id = ${id}`);
    expect(JSON.stringify(stored)).not.toContain(secret);
  });

  it("refuses a token whose secret is wrong, even with the right id", async () => {
    const { id, token } = await newSession();
    expect(await validateSessionToken(token)).not.toBeNull();
    expect(await validateSessionToken(`${id}.${"a".repeat(32)}`)).toBeNull();
    expect(await validateSessionToken(id)).toBeNull();
  });

  it("go in a __Host- cookie that is HttpOnly, Secure and SameSite=Lax, with no Domain and no Max-Age", () => {
    const cookie = sessionCookie("abc.def");
    expect(cookie.startsWith(`${sessionCookieName}=abc.def;`)).toBe(true);
    expect(sessionCookieName.startsWith("__Host-")).toBe(true);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).not.toMatch(/Domain|Max-Age|Expires/i);
  });
});

describe("session expiry", () => {
  it("ends a session after 30 minutes without a request", async () => {
    const { token } = await newSession();
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 29 * minute });
    expect(await validateSessionToken(token)).not.toBeNull();
    vi.setSystemTime(Date.now() + 30 * minute + 1000);
    expect(await validateSessionToken(token)).toBeNull();
  });

  it("ends an administrator's session after 15 minutes without a request", async () => {
    const { token } = await newSession("admin");
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 16 * minute });
    expect(await validateSessionToken(token)).toBeNull();
  });

  it("slides the idle expiry forward with use, and deletes the session once it has expired", async () => {
    const { id, token } = await newSession();
    const start = Date.now();
    vi.useFakeTimers({ toFake: ["Date"], now: start + 20 * minute });
    expect(await validateSessionToken(token)).not.toBeNull();
    vi.setSystemTime(start + 45 * minute);
    expect(await validateSessionToken(token)).not.toBeNull();
    vi.setSystemTime(start + 76 * minute);
    expect(await validateSessionToken(token)).toBeNull();
    expect(await db().select().from(sessions).where(eq(sessions.id, id))).toEqual([]);
  });

  it("ends a session 12 hours after it began, however busy its user", async () => {
    const { token } = await newSession();
    const start = Date.now();
    vi.useFakeTimers({ toFake: ["Date"], now: start });
    for (let elapsed = 20; elapsed < 12 * 60; elapsed += 20) {
      vi.setSystemTime(start + elapsed * minute);
      expect(await validateSessionToken(token), `after ${elapsed} minutes`).not.toBeNull();
    }
    vi.setSystemTime(start + 12 * 60 * minute + 1000);
    expect(await validateSessionToken(token)).toBeNull();
  });

  it("ends the sessions of a deactivated user", async () => {
    const { user, token } = await newSession();
    await db().execute(sql`update users set active = false where id = ${user.id}`);
    expect(await validateSessionToken(token)).toBeNull();
  });
});

describe("requireUser", () => {
  it("sends someone not signed in to sign in, and back to where they were going afterwards", async () => {
    const thrown = await requireUser(testRequest("/admin/users?page=2")).catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(Response);
    expect((thrown as Response).headers.get("location")).toBe("/sign-in?redirectTo=%2Fadmin%2Fusers%3Fpage%3D2");
  });

  it("does not accept a session that has only passed the password step", async () => {
    const user = await createUser(db());
    const { token } = await createSession(db(), {
      userId: user.id,
      role: user.role,
      stage: "two_factor",
      ipAddress: null,
      userAgent: null,
    });
    expect(await getCurrentUser(testRequest("/home", { cookie: `${sessionCookieName}=${token}` }))).toBeNull();
  });
});

describe("signing out", () => {
  it("ends the session on the server, clears the cookie and is audited", async () => {
    const { user, id, token } = await newSession();
    const request = testRequest("/sign-out", { method: "POST", cookie: `${sessionCookieName}=${token}` });
    const response = (await signOutAction({ request, context: testContext, params: {} })) as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/signed-out");
    expect(response.headers.get("set-cookie")).toMatch(new RegExp(`^${sessionCookieName}=;.*Max-Age=0`));
    expect(await db().select().from(sessions).where(eq(sessions.id, id))).toEqual([]);
    expect(await validateSessionToken(token)).toBeNull();
    const events = await db().select().from(auditEvents).where(eq(auditEvents.userId, user.id));
    expect(events.map((event) => event.action)).toContain("auth.signedOut");
  });

  it("leaves the user's other sessions alone", async () => {
    const { user, token } = await newSession();
    const other = await createSession(db(), {
      userId: user.id,
      role: user.role,
      stage: "signed_in",
      ipAddress: null,
      userAgent: null,
    });
    const found = await validateSessionToken(token);
    await signOut(testClient, found!.user);
    expect(await validateSessionToken(other.token)).not.toBeNull();
  });
});
