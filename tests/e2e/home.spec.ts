import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { submittedContact } from "./support/mash";
import { demoCode, demoPassword, signInAs } from "./support/sign-in";

test("the start page says what the service is for and who may use it @no-js", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/Front Door/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Tell children’s services you are worried about a child",
  );
  await expect(page.getByText("If a child is in immediate danger, call 999 now.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Who can use this service" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeAttached();
  await expectNoAxeViolations(page);
});

test("GOV.UK Frontend's JavaScript starts when JavaScript is on", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("body")).toHaveClass(/govuk-frontend-supported/);
  await expect(page.locator("[data-module='govuk-skip-link']")).toHaveAttribute("data-govuk-skip-link-init", "");
});

test("an unknown address shows the GOV.UK page not found @no-js", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expectNoAxeViolations(page);
});

test("health check reports the database", async ({ request }) => {
  const response = await request.get("/healthz");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "ok" });
});

test("on a phone, the menu that appears on signing in is closed behind its toggle", async ({ page }) => {
  // Signing in swaps the page without a reload and changes the menu's items: a regression left the new menu
  // open, with its toggle hidden, because GOV.UK Frontend had already started the element it replaced.
  const email = "screener@northmoor-mash.example";
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(demoPassword);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByLabel("Code").fill(demoCode(email));
  await page.getByRole("button", { name: "Continue" }).click();
  const toggle = page.locator(".govuk-service-navigation__toggle");
  await expect(toggle).toBeVisible();
  await expect(page.locator("#navigation")).toBeHidden();
  await toggle.click();
  await expect(page.locator("#navigation")).toBeVisible();
});

test("on a phone, a school's list of contacts fits the screen without scrolling sideways", async ({ page }) => {
  // The school's own contact, with a long name, so the test does not depend on another spec having made one.
  submittedContact({
    referrerEmail: "dsl@northmoor-primary.example",
    children: [
      { firstName: "Maximilian-Alexander", lastName: "Featherstonehaugh-Worthington", dateOfBirth: "2015-03-03" },
    ],
  });
  await signInAs(page, "dsl@northmoor-primary.example");
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/contacts");
  await expect(page.locator(".govuk-table__row").nth(1)).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
});

test("the footer leads to the accessibility statement and the privacy notice @no-js", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Accessibility statement" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accessibility statement for Front Door");
  await expectNoAxeViolations(page);
  await page.getByRole("contentinfo").getByRole("link", { name: "Privacy notice" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Privacy notice for Front Door");
  await expect(page.getByText("public task (UK GDPR Article 6(1)(e))", { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);
});
