import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { e2eDatabaseUrl } from "./support/database";
import { receivedEmails } from "./support/mail";
import { signInAs } from "./support/sign-in";

const schoolLead = "dsl@northmoor-primary.example";

/** A draft with every page answered, so the test can go straight to "Check your answers". */
function readyDraft(email: string): string {
  const output = execFileSync(
    path.resolve("node_modules/.bin/tsx"),
    [path.resolve("tests/e2e/support/notification-fixtures.cli.ts"), "readyDraft", email],
    { env: { ...process.env, DATABASE_URL: e2eDatabaseUrl(), LOG_LEVEL: "silent" }, encoding: "utf8" },
  );
  return (JSON.parse(output) as { draftId: string }).draftId;
}

test("the referrer's acknowledgement arrives by SMTP with the contact's reference, and nothing about the child @no-js", async ({
  page,
}) => {
  const draftId = readyDraft(schoolLead);
  await signInAs(page, schoolLead);
  await page.goto(`/contacts/drafts/${draftId}/check-answers`);
  await page.getByRole("button", { name: "Submit contact" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Contact submitted" })).toBeVisible();
  const reference = ((await page.getByTestId("contact-reference").textContent()) ?? "").trim();
  expect(reference).toMatch(/^FD-\d{6}$/);

  const acknowledgement = async () =>
    (await receivedEmails()).filter(
      (email) => email.to.includes(schoolLead) && email.subject === `Contact ${reference} received`,
    );
  await expect.poll(async () => (await acknowledgement()).length, { timeout: 20_000 }).toBe(1);
  const [email] = await acknowledgement();
  expect(email!.text).toContain(reference);
  // The draft's children are Amy and Ben Evans: email is not a secure channel.
  expect(`${email!.subject}\n${email!.text}`).not.toMatch(/Amy|Ben|Evans|Moorside|NM1 4TB/);
});

test("an administrator sees each email's delivery, and anyone can choose their optional emails @no-js", async ({
  page,
}) => {
  // Three pages are checked with axe, which takes a while on a small machine.
  test.setTimeout(240_000);
  await signInAs(page, "admin@northmoor.example");
  await page.goto("/admin/notifications");
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Not delivered" })).toBeVisible();
  await expectNoAxeViolations(page);

  await signInAs(page, schoolLead);
  await page.goto("/account");
  await page.getByRole("link", { name: "Choose which emails about your work you receive" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Email notifications" })).toBeVisible();
  await expectNoAxeViolations(page);
  const acknowledgements = page.getByLabel("the MASH receives a contact I made");
  await expect(acknowledgements).toBeChecked();
  await acknowledgements.uncheck();
  await page.getByRole("button", { name: "Save email choices" }).click();
  await expect(page.getByText("Your email choices have been saved.")).toBeVisible();
  await expect(page.getByLabel("the MASH receives a contact I made")).not.toBeChecked();
  await expect(page.getByLabel("the MASH records a decision on a contact I made")).toBeChecked();
  await expectNoAxeViolations(page);
  // Put it back for the other tests (the other browser project's acknowledgement among them). The banner is still
  // there from the first save, so wait for this save's own answer, then read the choice afresh from the server.
  await page.getByLabel("the MASH receives a contact I made").check();
  await Promise.all([
    page.waitForResponse((response) => response.request().method() === "POST"),
    page.getByRole("button", { name: "Save email choices" }).click(),
  ]);
  await page.goto(new URL(page.url()).pathname);
  await expect(page.getByLabel("the MASH receives a contact I made")).toBeChecked();
});
