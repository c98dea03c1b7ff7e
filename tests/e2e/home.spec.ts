import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";

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
