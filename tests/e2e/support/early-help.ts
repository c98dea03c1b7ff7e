import { execFileSync } from "node:child_process";
import path from "node:path";
import type { Locator, Page } from "@playwright/test";
import { addDays, calendarDate } from "~/domain/early-help/calendar-date";
import { e2eDatabaseUrl } from "./database";

/**
 * Fixtures for the early help journeys, arranged in the end-to-end database by
 * early-help-fixtures.cli.ts. Signing in is `signInAs` in ./sign-in.
 */

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
