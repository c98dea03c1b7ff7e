import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { signInAs } from "./support/sign-in";

test("a MASH manager reads the dashboard, narrows it, and downloads Annex A @no-js", async ({ page }) => {
  test.setTimeout(180_000);
  await signInAs(page, "manager@northmoor-mash.example");
  await page.goto("/reports");
  await expect(page.getByRole("heading", { level: 1, name: "The front door" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Today, at a glance" })).toBeVisible();
  await expect(page.getByRole("img", { name: /Contacts waiting for a decision, by RAG rating/ })).toBeVisible();
  await expect(page.getByTestId("computed-at")).toContainText("The figures for the period were worked out at");
  await expectNoAxeViolations(page);

  // A period that takes in the demo council's decided contacts, from one source.
  await page.locator("summary", { hasText: "Filters" }).click();
  await page.locator("#from").fill("1");
  await page.locator("#from-month").fill("1");
  await page.locator("#from-year").fill("2025");
  await page.locator("#to").fill("30");
  await page.locator("#to-month").fill("11");
  await page.locator("#to-year").fill("2026");
  await page.getByLabel("Referral source", { exact: true }).selectOption("2A");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/source=2A/);
  await expect(page.getByTestId("received")).toContainText("from 1 January 2025 to 30 November 2026");
  await expectNoAxeViolations(page);

  // A mistyped date is a GOV.UK error, and the page still shows figures.
  await page.goto("/reports?from.day=31&from.month=2&from.year=2026");
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.getByRole("link", { name: "Enter a real date for the start of the period" })).toBeVisible();

  await page.goto("/reports/returns?from=2025-01-01&to=2026-11-30");
  await expect(page.getByRole("heading", { level: 1, name: "Statutory returns" })).toBeVisible();
  await expectNoAxeViolations(page);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download Annex A lists 1 to 3 (Excel workbook)" }).click(),
  ]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
    "List 1 - Contacts",
    "List 2 - Early Help",
    "List 3 - Referrals",
  ]);
  const contacts = workbook.worksheets[0]!;
  expect((contacts.getRow(1).values as unknown[]).slice(1)).toEqual([
    "Child Unique ID",
    "Gender",
    "Ethnicity",
    "Date of Birth",
    "Age of Child (Years)",
    "Date of Contact",
    "Contact Source",
  ]);
  expect(contacts.rowCount).toBeGreaterThan(1);
});

test("a school's safeguarding lead sees only their own organisation's figures @no-js", async ({ page }) => {
  await signInAs(page, "dsl@northmoor-primary.example");
  await page.goto("/reports/my-organisation");
  await expect(page.getByRole("heading", { level: 1, name: "Your organisation’s contacts" })).toBeVisible();
  await expect(page.getByText("What Northmoor Primary School has told the MASH")).toBeVisible();
  await expectNoAxeViolations(page);
  const response = await page.goto("/reports");
  expect(response?.status()).toBe(403);
  const returns = await page.goto("/reports/returns");
  expect(returns?.status()).toBe(403);
});
