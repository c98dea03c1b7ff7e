import { expect, type Locator, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

/**
 * Page helpers for the contact form journeys: each fills one page the way a
 * referrer does (by label), checks the page with axe first, and continues.
 */

export function radio(page: Page, question: string | RegExp, answer: string): Locator {
  return page.getByRole("group", { name: question }).getByRole("radio", { name: answer, exact: true });
}

export async function fillDate(page: Page, id: string, date: string): Promise<void> {
  const [year = "", month = "", day = ""] = date.split("-");
  await page.locator(`#${id}`).fill(String(Number(day)));
  await page.locator(`#${id}-month`).fill(String(Number(month)));
  await page.locator(`#${id}-year`).fill(year);
}

/** Waits for a page of the journey by its heading, then runs axe on it. */
export async function onPage(page: Page, heading: string | RegExp): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  await expectNoAxeViolations(page);
}

export async function expectErrorSummary(page: Page, messages: string[]): Promise<void> {
  const summary = page.locator(".govuk-error-summary");
  await expect(summary.getByRole("heading", { name: "There is a problem" })).toBeVisible();
  for (const message of messages) await expect(summary.getByRole("link", { name: message })).toBeVisible();
  await expect(page).toHaveTitle(/^Error: /);
  await expectNoAxeViolations(page);
}

export interface ChildDetails {
  unborn?: { dueDate: string };
  born?: { dateOfBirth: string; firstName: string };
  lastName: string;
  sex: "Female" | "Male" | "Not known";
  nhsNumber?: string;
  school?: string;
  ethnicity?: string;
}

const address = { line1: "14 Moorside Road", town: "Northmoor", postcode: "NM1 4TB" };

export async function fillChild(page: Page, child: ChildDetails): Promise<void> {
  if (child.unborn) {
    await radio(page, "Is this an unborn baby?", "Yes").check();
    await fillDate(page, "dueDate", child.unborn.dueDate);
  } else if (child.born) {
    await radio(page, "Is this an unborn baby?", "No").check();
    await fillDate(page, "dateOfBirth", child.born.dateOfBirth);
    await page.getByLabel("First name", { exact: true }).fill(child.born.firstName);
  }
  await page.getByLabel("Last name", { exact: true }).fill(child.lastName);
  await radio(page, "Sex", child.sex).check();
  if (child.nhsNumber) await page.getByLabel("NHS number (optional)").fill(child.nhsNumber);
  await page.getByLabel("Address line 1").fill(address.line1);
  await page.getByLabel("Town or city").fill(address.town);
  await page.getByLabel("Postcode").fill(address.postcode);
  if (child.school) await page.getByLabel("School, college or early years setting (optional)").fill(child.school);
  if (child.ethnicity) await page.getByLabel("Ethnic group (optional)").selectOption({ label: child.ethnicity });
  await radio(page, "Does the child have a disability?", "No").check();
  await page.getByLabel("First language").fill("English");
  await radio(page, "Does the child or family need an interpreter?", "No").check();
}

export async function saveAndContinue(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Save and continue" }).click();
}

export async function answerAddAnother(page: Page, question: string, answer: "Yes" | "No"): Promise<void> {
  await radio(page, question, answer).check();
  await page.getByRole("button", { name: "Continue" }).click();
}

/** The three Signs of Safety boxes, each comfortably over the minimum. */
export async function fillConcern(page: Page, worry: string): Promise<void> {
  await page.getByLabel("What are you worried about?").fill(worry);
  await page
    .getByLabel("What is working well?")
    .fill("Mum attends appointments when reminded and her sister visits most days.");
  await page
    .getByLabel("What needs to happen?")
    .fill("A pre-birth assessment and support for mum before the baby arrives.");
}
