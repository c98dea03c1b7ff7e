import { randomBytes } from "node:crypto";
import { generateTOTP } from "@oslojs/otp";
import type { AppLoadContext } from "@remix-run/node";
import type { Database } from "#db/connection";
import { organisations, twoFactorCredentials, users } from "#db/schema";
import { hashPassword } from "~/auth/password.server";
import { createSession, sessionCookieName } from "~/auth/session.server";
import type { OrganisationType } from "~/domain/organisations";
import type { Role } from "~/domain/roles";

export const testPassword = "a long test password for Front Door";
let passwordHash: Promise<string> | undefined;

export async function createOrganisation(db: Database, options: { name?: string; type?: OrganisationType } = {}) {
  const [organisation] = await db
    .insert(organisations)
    .values({
      name: options.name ?? `Test organisation ${randomBytes(4).toString("hex")}`,
      type: options.type ?? "school",
    })
    .returning();
  return organisation!;
}

export interface TestUser {
  id: string;
  email: string;
  role: Role;
  organisationId: string;
  totpSecret: Uint8Array | null;
}

/** A user with the shared test password, and an authenticator app unless `twoFactor: false`. */
export async function createUser(
  db: Database,
  options: { role?: Role; organisationId?: string; twoFactor?: boolean; active?: boolean; invited?: boolean } = {},
): Promise<TestUser> {
  passwordHash ??= hashPassword(testPassword);
  const organisationId = options.organisationId ?? (await createOrganisation(db)).id;
  const role = options.role ?? "partner";
  const [user] = await db
    .insert(users)
    .values({
      organisationId,
      role,
      name: "Test User",
      email: `user-${randomBytes(5).toString("hex")}@example.org`,
      passwordHash: options.invited ? null : await passwordHash,
      active: options.active ?? true,
    })
    .returning();
  let totpSecret: Uint8Array | null = null;
  if (options.twoFactor ?? true) {
    totpSecret = new Uint8Array(randomBytes(20));
    await db.insert(twoFactorCredentials).values({ userId: user!.id, secret: totpSecret, enrolledAt: new Date() });
  }
  return { id: user!.id, email: user!.email, role, organisationId, totpSecret };
}

export function currentCode(secret: Uint8Array): string {
  return generateTOTP(secret, 30, 6);
}

/** A fully signed-in session for the user, as the cookie a browser would send. */
export async function signedInCookie(db: Database, user: Pick<TestUser, "id" | "role">): Promise<string> {
  const { token } = await createSession(db, {
    userId: user.id,
    role: user.role,
    stage: "signed_in",
    ipAddress: "127.0.0.1",
    userAgent: "vitest",
  });
  return `${sessionCookieName}=${token}`;
}

export function testRequest(
  path: string,
  options: { cookie?: string; method?: string; form?: Record<string, string> } = {},
) {
  const headers = new Headers();
  if (options.cookie) headers.set("cookie", options.cookie);
  return new Request(`http://localhost${path}`, {
    method: options.method ?? (options.form ? "POST" : "GET"),
    headers,
    body: options.form ? new URLSearchParams(options.form) : undefined,
  });
}

export const testContext: AppLoadContext = { cspNonce: "", ipAddress: "127.0.0.1", correlationId: "test" };

export const testClient = { ipAddress: "127.0.0.1", correlationId: "test", userAgent: "vitest" };

/** The session token inside a Set-Cookie header. */
export function tokenFromSetCookie(header: string | null): string | null {
  const match = header?.match(new RegExp(`${sessionCookieName}=([^;]*)`));
  return match?.[1] || null;
}
