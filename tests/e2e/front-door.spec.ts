import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { signInAs } from "./support/sign-in";

test("a member of the public sends an anonymous concern online, and it reaches the MASH queue as source 9 @no-js", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByRole("link", { name: "tell us online that you are worried about a child" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tell us you are worried about a child");
  await expect(page.getByText("Call 999 if a child is in immediate danger.")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Send to children’s services" }).click();
  await expect(page).toHaveTitle(/^Error: /);
  const summary = page.getByRole("alert");
  await expect(summary.getByRole("link", { name: "Enter what you are worried about" })).toBeVisible();
  await expect(summary.getByRole("link", { name: "Select whether you want to tell us who you are" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("Their first name").fill("Kai");
  await page.getByLabel("Where they live or where you see them").fill("The flat above the chip shop, Mill Lane");
  const worry = "I hear shouting and a small child crying late at night, and the child is often outside alone.";
  await page.getByLabel("What are you worried about?").fill(worry);
  await page.getByLabel("No, I want to stay anonymous").check();
  await page.getByRole("button", { name: "Send to children’s services" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We have your concern");
  const reference = (await page.locator(".govuk-panel__body strong").textContent())!.trim();
  expect(reference).toMatch(/^FD-\d{6}$/);
  await expectNoAxeViolations(page);

  await signInAs(page, "screener@northmoor-mash.example");
  await page.goto("/mash");
  const row = page.getByRole("row").filter({ hasText: reference });
  await expect(row).toContainText("Online, from a member of the public");
  await row.getByRole("link", { name: reference }).click();
  await expect(page.getByText("Anonymous: they did not give their name").first()).toBeVisible();
  await expect(page.getByText(worry)).toBeVisible();
  const source = page.locator(".govuk-summary-list__row").filter({ hasText: "Referral source" });
  await expect(source).toContainText("Anonymous");
  await expectNoAxeViolations(page);
});
