import { execFileSync } from "node:child_process";
import path from "node:path";
import type { Locator, Page } from "@playwright/test";
import { addDays, calendarDate } from "~/domain/early-help/calendar-date";
import { e2eDatabaseUrl } from "./database";

/**
 * Fixtures for the early help journeys. The app's own modules read the
 * database address from the environment when first used, so it is set before
 * any of them is imported (hence the dynamic imports).
 */
process.env.DATABASE_URL = e2eDatabaseUrl();

async function database() {
  const { db } = await import("~/db.server");
  return db();
}

async function currentUser(email: string) {
  const { eq } = await import("drizzle-orm");
  const { organisations, users } = await import("#db/schema");
  const [row] = await (
    await database()
  )
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      organisationId: users.organisationId,
      organisationName: organisations.name,
      organisationType: organisations.type,
      jobTitle: users.jobTitle,
      phone: users.phone,
    })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(users.email, email));
  if (!row) throw new Error(`No demo user ${email}`);
  return { ...row, sessionId: "e2e" };
}

/**
 * Signs in as a demo user the way the Epic Stack's login fixture does: a
 * session row written straight to the database and its cookie set, so each
 * journey does not click through password and two-factor pages.
 */
export async function signInAs(page: Page, email: string): Promise<void> {
  const { createSession, sessionCookieName } = await import("~/auth/session.server");
  const user = await currentUser(email);
  const { token } = await createSession(await database(), {
    userId: user.id,
    role: user.role,
    stage: "signed_in",
    ipAddress: null,
    userAgent: "playwright",
  });
  await page.context().clearCookies();
  await page.context().addCookies([
    {
      name: sessionCookieName,
      value: token,
      // Chromium refuses a Secure cookie set for an http address, though it sends one to http://localhost.
      url: "https://localhost",
      httpOnly: true,
      secure: true,
      sameSite: "Lax",
    },
  ]);
}

function fixture<T>(command: string, args: Record<string, unknown>): T {
  const output = execFileSync(
    path.resolve("node_modules/.bin/tsx"),
    [path.resolve("tests/e2e/support/early-help-fixtures.cli.ts"), command, JSON.stringify(args)],
    {
      env: { ...process.env, DATABASE_URL: e2eDatabaseUrl(), LOG_LEVEL: "silent", RUN_WORKER: "false" },
      encoding: "utf8",
    },
  );
  return JSON.parse(output) as T;
}

/**
 * A contact the MASH screened and decided "early help" some weeks ago, whose
 * decision started a plan: what the MASH's decision service does when such a
 * decision stands, with the plan backdated so reviews have somewhere to fall.
 */
export function planFromMashDecision(options: { weeksAgo: number; child: { firstName: string; lastName: string } }) {
  return fixture<{ planId: string; contactReference: string }>("planFromMashDecision", options);
}

/** A radio button, by its question and its label. */
export function radio(page: Page, question: string | RegExp, answer: string): Locator {
  return page.getByRole("group", { name: question }).getByRole("radio", { name: answer, exact: true });
}

/** Types an ISO date into a GOV.UK date input whose day box has the id `id`. */
export async function fillDate(page: Page, id: string, iso: string): Promise<void> {
  const [year, month, day] = iso.split("-");
  await page.locator(`#${id}`).fill(String(Number(day)));
  await page.locator(`#${id}-month`).fill(String(Number(month)));
  await page.locator(`#${id}-year`).fill(year!);
}

/** A date some days ago, as the calendar in London has it. */
export function isoDaysAgo(days: number): string {
  return addDays(calendarDate(new Date()), -days);
}
