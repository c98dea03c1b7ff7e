import { decodeBase32IgnorePadding } from "@oslojs/encoding";
import { generateTOTP } from "@oslojs/otp";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { demoCode, demoPassword, latestSessionIdleExpiry, signInAs } from "./support/sign-in";

const javaScriptOff = () => test.info().project.use.javaScriptEnabled === false;

async function enterPassword(page: Page, email: string, password = demoPassword) {
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("a MASH screener signs in with a two-factor code and is taken where they were going", async ({ page }) => {
  const email = "screener@northmoor-mash.example";
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Faccount$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to Front Door");
  await expectNoAxeViolations(page);

  await enterPassword(page, email);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Enter the code from your authenticator app");
  await expectNoAxeViolations(page);
  await page.getByLabel("Code").fill(demoCode(email));
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your account");
  await expect(page.getByText("Signed in as Daniel Evans, Northmoor MASH")).toBeVisible();
  await expect(page.getByRole("link", { name: "MASH queue" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("signing in works without JavaScript, and a wrong password gets GOV.UK's error pattern @no-js", async ({
  page,
}) => {
  const email = javaScriptOff()
    ? "practitioner@northmoor-early-help.example"
    : "police.officer@northmoor-police.example";
  await page.goto("/sign-in?redirectTo=/account");
  await enterPassword(page, email, "not the right password");
  await expect(page).toHaveTitle(/^Error: Sign in to Front Door/);
  const summary = page.locator(".govuk-error-summary");
  await expect(summary).toContainText("Enter the email address and password of a Front Door account");
  if (!javaScriptOff()) await expect(summary).toBeFocused();
  await expect(page.getByLabel("Email address")).toHaveValue(email);
  await expect(page.getByLabel("Password", { exact: true })).toHaveValue("");
  await expectNoAxeViolations(page);

  await enterPassword(page, email);
  await page.getByLabel("Code").fill(demoCode(email));
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your account");
});

test("an admin invites a school safeguarding lead, who sets a password and two-factor, and signs in @no-js", async ({
  browser,
  page,
}) => {
  // Two people, two sign-ins, argon2 and axe on every page: longer than most journeys.
  test.setTimeout(300_000);
  const email = `jo.lead.${test.info().project.name}@northmoor-primary.example`;
  await signInAs(page, "admin@northmoor.example");
  await page.goto("/admin/users");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Invite a user" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Invite a user");
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page).toHaveTitle(/^Error: Invite a user/);
  await expect(page.locator(".govuk-error-summary")).toContainText("Enter the person’s full name");
  await expectNoAxeViolations(page);

  await page.getByLabel("Full name").fill("Jo Lead");
  await page.getByLabel("Work email address").fill(email);
  await page.getByLabel("Job title (optional)").fill("Designated safeguarding lead");
  await page.getByLabel("Organisation").selectOption({ label: "Northmoor Primary School" });
  await page.getByLabel("Partner practitioner").check();
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invitation sent to ${email}`)).toBeVisible();

  await page.goto("/dev/mail");
  await expectNoAxeViolations(page);
  const invitation = page.getByTestId("dev-mail").filter({ hasText: email }).first();
  const link = (await invitation.textContent())!.match(/https?:\/\/\S+\/invitation\/[a-z2-7]+/)![0];

  // The invitee, in a browser of their own.
  const context = await browser.newContext({ javaScriptEnabled: !javaScriptOff() });
  const invitee = await context.newPage();
  await invitee.goto(new URL(link).pathname);
  await expect(invitee.getByRole("heading", { level: 1 })).toHaveText("Set up your Front Door account");
  await expectNoAxeViolations(invitee);
  await invitee.getByLabel("New password", { exact: true }).fill("password12345");
  await invitee.getByLabel("Confirm new password").fill("password12345");
  await invitee.getByRole("button", { name: "Save password and continue" }).click();
  await expect(invitee.locator(".govuk-error-summary")).toContainText("This password is too common");
  const password = "kettle lighthouse orchard 47";
  await invitee.getByLabel("New password", { exact: true }).fill(password);
  await invitee.getByLabel("Confirm new password").fill(password);
  await invitee.getByRole("button", { name: "Save password and continue" }).click();

  await expect(invitee.getByRole("heading", { level: 1 })).toHaveText("Set up two-factor authentication");
  await expect(invitee.getByRole("img", { name: "QR code to add Front Door to your authenticator app" })).toBeVisible();
  await expectNoAxeViolations(invitee);
  const key = (await invitee.getByTestId("totp-key").textContent())!.replace(/\s/g, "");
  const secret = decodeBase32IgnorePadding(key);
  await invitee.getByLabel("Code").fill(generateTOTP(secret, 30, 6));
  await invitee.getByRole("button", { name: "Set up two-factor authentication" }).click();

  await expect(invitee.getByRole("heading", { level: 1 })).toHaveText("Save your recovery codes");
  await expectNoAxeViolations(invitee);
  const recoveryCodes = (await invitee.getByTestId("recovery-codes").locator("li").allTextContents()).map((code) =>
    code.trim(),
  );
  expect(recoveryCodes).toHaveLength(10);
  await invitee.getByRole("button", { name: "I have saved my recovery codes" }).click();
  await expect(invitee).toHaveURL(/\/contacts$/);
  await expect(invitee.getByText("Signed in as Jo Lead, Northmoor Primary School")).toBeVisible();
  await expectNoAxeViolations(invitee);

  // Signing out, then in again: password, and a recovery code (the app's code for now is already used).
  await invitee.getByRole("button", { name: "Sign out" }).click();
  await expect(invitee.getByRole("heading", { level: 1 })).toHaveText("You have signed out");
  await expectNoAxeViolations(invitee);
  await invitee.goto("/sign-in");
  await enterPassword(invitee, email, password);
  await invitee.getByRole("link", { name: "I cannot use my authenticator app" }).click();
  await expectNoAxeViolations(invitee);
  await invitee.getByLabel("Recovery code").fill(recoveryCodes[0]!);
  await invitee.getByRole("button", { name: "Continue" }).click();
  await expect(invitee).toHaveURL(/\/contacts$/);
  await expect(invitee.getByText("Signed in as Jo Lead, Northmoor Primary School")).toBeVisible();
  await context.close();
});

test("signing out ends the session on the server @no-js", async ({ page }) => {
  await signInAs(page, "social.worker@northmoor-social-care.example");
  await page.goto("/account");
  const cookies = await page.context().cookies("https://localhost");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You have signed out");
  // Even the old cookie, sent again, no longer works.
  await page.context().addCookies(cookies);
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Faccount$/);
});

test("the warning before the idle timeout lets the user stay signed in", async ({ page }) => {
  const email = "manager@northmoor-mash.example";
  await signInAs(page, email, { idleSecondsLeft: 100 });
  await page.goto("/account");
  const dialog = page.getByRole("dialog", { name: "You are about to be signed out" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(/we will sign you out in (2 minutes|1 minute|\d+ seconds)/);
  await expectNoAxeViolations(page);
  await dialog.getByRole("button", { name: "Stay signed in" }).click();
  await expect(dialog).toBeHidden();
  const idleExpiry = await latestSessionIdleExpiry(email);
  expect(idleExpiry.getTime()).toBeGreaterThan(Date.now() + 25 * 60_000);
});

test("each role's home page is its own section", async ({ page }) => {
  await signInAs(page, "dsl@northmoor-primary.example");
  await page.goto("/home");
  await expect(page).toHaveURL(/\/contacts$/);
  await signInAs(page, "admin@northmoor.example");
  await page.goto("/home");
  await expect(page).toHaveURL(/\/admin\/users$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Users");
});

test("a partner cannot open the admin pages, however they get there @no-js", async ({ page }) => {
  await signInAs(page, "dsl@riverside-academy.example");
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You cannot do that");
  await expect(page.getByText("Your account does not allow you to see this page")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a form posted from another site is refused with a 403 page", async ({ request }) => {
  const form = { email: "screener@northmoor-mash.example", password: demoPassword };
  const crossSite = await request.post("/sign-in", { form, headers: { Origin: "https://evil.example" } });
  expect(crossSite.status()).toBe(403);
  expect(await crossSite.text()).toContain("You cannot do that");
  const markedCrossSite = await request.post("/sign-in", {
    form,
    headers: { Origin: new URL(test.info().project.use.baseURL!).origin, "Sec-Fetch-Site": "cross-site" },
  });
  expect(markedCrossSite.status()).toBe(403);
  const noOrigin = await request.post("/sign-in", { form });
  expect(noOrigin.status()).toBe(403);
});

test("pages carry a nonce-based Content Security Policy and the other security headers", async ({ page }) => {
  const response = await page.goto("/sign-in");
  const headers = response!.headers();
  const policy = Object.fromEntries(
    headers["content-security-policy"]!.split(";").map((directive) => {
      const [name, ...values] = directive.trim().split(/\s+/);
      return [name, values];
    }),
  );
  const nonce = policy["script-src"]!.find((value: string) => value.startsWith("'nonce-"))!.slice(7, -1);
  expect(nonce.length).toBeGreaterThanOrEqual(16);
  expect(policy["script-src"]).not.toContain("'unsafe-inline'");
  expect(policy["frame-ancestors"]).toEqual(["'none'"]);
  expect(policy["object-src"]).toEqual(["'none'"]);
  const scriptNonces = await page
    .locator("script")
    .evaluateAll((scripts) => scripts.map((script) => (script as HTMLScriptElement).nonce));
  expect(scriptNonces.length).toBeGreaterThan(0);
  expect(scriptNonces.every((value) => value === nonce)).toBe(true);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["cache-control"]).toBe("no-store");

  const again = await page.goto("/sign-in");
  expect(again!.headers()["content-security-policy"]).not.toContain(nonce);
});
