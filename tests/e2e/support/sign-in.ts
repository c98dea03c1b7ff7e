import type { Page } from "@playwright/test";
import { generateTOTP } from "@oslojs/otp";
import { demoTotpSecret } from "#db/seed/demo-two-factor";
import { e2eDatabaseUrl } from "./database";

// The app's modules read the database address when first used, so it is set before any is imported.
process.env.DATABASE_URL = e2eDatabaseUrl();

export const demoPassword = "front-door-demo-2026";

/**
 * Signs in as a demo user the way the Epic Stack's login fixture does: a
 * fully signed-in session row written straight into the end-to-end database,
 * and its `__Host-` cookie set on the page's browser context, so a journey
 * does not click through the password and two-factor pages.
 *
 * `idleSecondsLeft` makes a session that is about to time out, for the
 * timeout warning (last active just now, so the next page does not slide it).
 */
export async function signInAs(page: Page, email: string, options: { idleSecondsLeft?: number } = {}): Promise<void> {
  const { eq } = await import("drizzle-orm");
  const { sessions, users } = await import("#db/schema");
  const { db } = await import("~/db.server");
  const { createSession, sessionCookieName } = await import("~/auth/session.server");
  const [user] = await db().select({ id: users.id, role: users.role }).from(users).where(eq(users.email, email));
  if (!user) throw new Error(`No user ${email} in the end-to-end database`);
  const { id, token } = await createSession(db(), {
    userId: user.id,
    role: user.role,
    stage: "signed_in",
    ipAddress: null,
    userAgent: "playwright",
  });
  if (options.idleSecondsLeft !== undefined) {
    const now = Date.now();
    await db()
      .update(sessions)
      .set({ idleExpiresAt: new Date(now + options.idleSecondsLeft * 1000), lastActiveAt: new Date(now) })
      .where(eq(sessions.id, id));
  }
  await page.context().clearCookies();
  await page.context().addCookies([
    {
      name: sessionCookieName,
      value: token,
      // Chromium refuses a Secure cookie added for an http address, though it sends one to http://localhost.
      url: "https://localhost",
      httpOnly: true,
      secure: true,
      sameSite: "Lax",
    },
  ]);
}

/** The current two-factor code of a demo account, as `npm run otp` prints it. */
export function demoCode(email: string): string {
  return generateTOTP(demoTotpSecret(email), 30, 6);
}

/** Reads the idle expiry of the newest session of a user, to prove "Stay signed in" extended it. */
export async function latestSessionIdleExpiry(email: string): Promise<Date> {
  const { desc, eq } = await import("drizzle-orm");
  const { sessions, users } = await import("#db/schema");
  const { db } = await import("~/db.server");
  const [row] = await db()
    .select({ idleExpiresAt: sessions.idleExpiresAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(users.email, email))
    .orderBy(desc(sessions.createdAt))
    .limit(1);
  if (!row) throw new Error(`No session for ${email}`);
  return row.idleExpiresAt;
}
