import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import {
  answerAddAnother,
  expectErrorSummary,
  fillChild,
  fillConcern,
  fillDate,
  onPage,
  radio,
  saveAndContinue,
} from "./support/contact-form";
import { submittedContact } from "./support/mash";
import { signInAs } from "./support/sign-in";

const screener = "screener@northmoor-mash.example";
const gp = "gp@castle-street-surgery.example";

/** Yesterday at 16:40, London time: a contact typed up after it was received. */
async function yesterdayAt1640() {
  const { zonedTime } = await import("~/domain/working-days/local-time");
  const { todayInLondon, addToIsoDate } = await import("~/forms/date-input");
  const date = addToIsoDate(todayInLondon(), { days: -1 });
  return { date, at: zonedTime("Europe/London").instantAt(date, 16 * 60 + 40) };
}

async function formatDateTime(value: Date) {
  return (await import("~/domain/date-format")).formatDateTime(value);
}

/** What the contact holds of its clock: when it was received, and when its written confirmation is due. */
async function storedClock(reference: string) {
  const { eq } = await import("drizzle-orm");
  const { contacts } = await import("#db/schema");
  const { db } = await import("~/db.server");
  const [row] = await db()
    .select({ receivedAt: contacts.receivedAt, confirmationDueAt: contacts.confirmationDueAt })
    .from(contacts)
    .where(eq(contacts.reference, reference));
  return row!;
}

function summaryRow(page: Page, key: string) {
  return page.locator(".govuk-summary-list__row").filter({ has: page.locator("dt", { hasText: key }) });
}

test("a screener records a police notification about a child the MASH knows, linked straight to him, as source 6 on the police's clock @no-js", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const { date, at } = await yesterdayAt1640();
  await signInAs(page, screener);
  await page.goto("/mash/contacts/new");
  await onPage(page, "Record a contact");
  await page.getByRole("link", { name: "Record police notifications quickly, one after another" }).click();
  await onPage(page, "Record police notifications");

  await page.getByRole("button", { name: "Record and start the next" }).click();
  await expectErrorSummary(page, ["Enter the time the notification was received", "Enter the police reference"]);

  await fillDate(page, "receivedDate", date);
  await page.getByLabel("Time received").fill("4:40pm");
  await page.getByLabel("Police reference").fill("PPN-2026-4471");
  await page.getByLabel("Child’s first name").fill("Leo");
  await page.getByLabel("Child’s last name").fill("Ward");
  await fillDate(page, "childDateOfBirth", "2016-05-14");
  await page.getByLabel("Postcode (optional)").fill("NM2 7QP");
  await page
    .getByLabel("What happened")
    .fill("Officers attended 27 Heather Close after a report of shouting. Leo was present and upset.");
  await page.getByRole("button", { name: "Record and start the next" }).click();

  const banner = page.locator(".govuk-notification-banner--success");
  await expect(banner).toContainText("recorded and linked to the child’s existing record");
  const reference = ((await banner.textContent()) ?? "").match(/FD-\d{6,}/)?.[0] ?? "";
  expect(reference).toMatch(/^FD-\d{6,}$/);
  // Ready for the next one: the child's details are empty again.
  await expect(page.getByLabel("Child’s first name")).toHaveValue("");
  await expectNoAxeViolations(page);

  await page.goto("/mash?source=6");
  const row = page.getByRole("row").filter({ hasText: reference });
  await expect(row).toContainText(await formatDateTime(at));
  await expect(row).toContainText("Known");
  await row.getByRole("link", { name: reference }).click();
  await onPage(page, `Contact ${reference}`);
  await expect(summaryRow(page, "Referral source")).toContainText("Police");
  await expect(summaryRow(page, "How it came")).toContainText("Police notification");
  await expect(summaryRow(page, "Received").first()).toContainText(await formatDateTime(at));
  await expect(page.getByRole("link", { name: /Leo Ward/ }).first()).toBeVisible();

  // The screener knows better: the notice was forwarded from the youth offending team, another legal agency.
  await summaryRow(page, "Referral source").getByRole("link", { name: "Change referral source" }).click();
  await onPage(page, "Correct the referral source");
  await page.getByLabel("Referral source").selectOption("7");
  await page.getByRole("button", { name: "Save referral source" }).click();
  await expectErrorSummary(page, ["Enter why you are correcting the referral source"]);
  await page.getByLabel("Why are you correcting it?").fill("Forwarded by the police from the youth offending team.");
  await page.getByRole("button", { name: "Save referral source" }).click();
  await expect(page.locator(".govuk-notification-banner--success")).toContainText("Referral source corrected");
  await expect(summaryRow(page, "Referral source")).toContainText("Other legal agency");
});

test("a GP's phone call recorded by the MASH is confirmed in writing by the GP from their own list @no-js", async ({
  page,
}) => {
  test.setTimeout(300_000);
  const { date, at } = await yesterdayAt1640();

  await signInAs(page, screener);
  await page.goto("/mash/contacts/new");
  await onPage(page, "Record a contact");
  await page.getByRole("button", { name: "Continue" }).click();
  await expectErrorSummary(page, ["Select how the contact came to the MASH", "Select who made the contact"]);

  await radio(page, "How did it come to the MASH?", "Phone call").check();
  await fillDate(page, "receivedDate", date);
  await page.getByLabel("Time received").fill("16:40");
  await radio(page, "Who made the contact?", "A professional").check();
  await page.getByLabel("Their organisation").selectOption({ label: "Castle Street Surgery" });
  await page.getByRole("button", { name: "Continue" }).click();

  await radio(page, "Is any child in immediate danger?", "No").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await onPage(page, "The professional’s details");
  await expect(page.getByLabel("Organisation")).toHaveValue("Castle Street Surgery");
  await page.getByLabel("Full name").fill("Dr Anil Mehta");
  await page.getByLabel("Job title or role").fill("GP");
  await page.getByLabel("Telephone number").fill("01632 960105");
  await page.getByLabel("Email address").fill(gp);
  await saveAndContinue(page);
  await fillChild(page, { born: { firstName: "Ruby", dateOfBirth: "2019-08-02" }, lastName: "Hollis", sex: "Female" });
  await saveAndContinue(page);
  await answerAddAnother(page, "Do you need to add another child?", "No");
  await answerAddAnother(page, "Do you need to add an adult?", "No");
  await page.locator('input[value="neglect-3-persistent"]').check();
  await saveAndContinue(page);
  await fillConcern(page, "Ruby was brought to surgery with an untreated burn on her hand, two days old.");
  await saveAndContinue(page);
  await radio(page, "Do you agree with the suggested level of need?", "Yes").check();
  await saveAndContinue(page);
  // Without JavaScript the question under "Yes" shows too, with its own "Yes".
  await radio(page, "Does the family know you are making this contact?", "Yes").first().check();
  const consented = radio(page, "Has the family agreed to this contact?", "Yes");
  if (await consented.count()) await consented.check();
  await saveAndContinue(page);
  await onPage(page, "Check your answers before submitting the contact");
  await expect(summaryRow(page, "How it came")).toContainText("Phone call");
  await summaryRow(page, "Received")
    .first()
    .getByRole("link", { name: /Change/ })
    .click();
  await onPage(page, "Record a contact");
  await expect(page.getByLabel("Time received")).toHaveValue("16:40");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await onPage(page, "Check your answers before submitting the contact");
  await page.getByRole("button", { name: "Record contact" }).click();

  await expect(page.locator(".govuk-notification-banner--success")).toContainText("Contact recorded");
  const reference = ((await page.getByRole("heading", { level: 1 }).textContent()) ?? "").match(/FD-\d{6,}/)?.[0];
  expect(reference).toMatch(/^FD-\d{6,}$/);
  // The clock starts when the call came, not when it was typed up (the working-day sums are the unit tests').
  const stored = await storedClock(reference!);
  expect(stored.receivedAt).toEqual(at);
  expect(stored.confirmationDueAt!.getTime()).toBeGreaterThan(at.getTime());
  const confirmBy = await formatDateTime(stored.confirmationDueAt!);
  await expect(summaryRow(page, "Written confirmation")).toContainText(`Not yet confirmed: due by ${confirmBy}`);
  await expect(summaryRow(page, "Referral source")).toContainText("Health services: GP");
  await expectNoAxeViolations(page);

  await page.goto("/mash?source=3A&confirmation=awaiting");
  const row = page.getByRole("row").filter({ hasText: reference! });
  await expect(row).toContainText(await formatDateTime(at));
  await expect(row).toContainText("Awaiting written confirmation");
  await expect(row).toContainText(`Confirm by ${confirmBy}`);
  await expectNoAxeViolations(page);

  // The GP finds it in their own list, and confirms it.
  await signInAs(page, gp);
  await page.goto("/contacts");
  await page.getByRole("link", { name: reference! }).click();
  await onPage(page, `Contact ${reference}`);
  await expect(page.getByText(`by ${confirmBy}`).first()).toBeVisible();
  await page.getByRole("button", { name: "Confirm in writing" }).click();
  await expectErrorSummary(page, ["Select whether this is an accurate record of what you told the MASH"]);
  await radio(page, "Is this an accurate record of what you told the MASH?", "Yes, it is accurate").check();
  await page.getByRole("button", { name: "Confirm in writing" }).click();
  await expect(page.locator(".govuk-notification-banner--success")).toContainText(
    "Thank you: the MASH has your written confirmation",
  );
  await expect(page.getByRole("button", { name: "Confirm in writing" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await signInAs(page, screener);
  await page.goto("/mash?source=3A");
  await expect(page.getByRole("row").filter({ hasText: reference! })).not.toContainText(
    "Awaiting written confirmation",
  );
});

test("a screener records a written confirmation that came by email @no-js", async ({ page }) => {
  test.setTimeout(180_000);
  const reference = submittedContact({
    referrerEmail: "dsl@riverside-academy.example",
    children: [{ firstName: "Tom", lastName: "Brierley", dateOfBirth: "2015-01-20", sex: "male" }],
  });
  // As if it had been phoned in by someone without an account: awaiting their confirmation in 36 hours.
  const { eq } = await import("drizzle-orm");
  const { contacts } = await import("#db/schema");
  const { db } = await import("~/db.server");
  await db()
    .update(contacts)
    .set({ confirmationDueAt: new Date(Date.now() + 36 * 3_600_000) })
    .where(eq(contacts.reference, reference));

  await signInAs(page, screener);
  await page.goto(`/mash/contacts/${reference}`);
  await summaryRow(page, "Written confirmation")
    .getByRole("link", { name: /Change/ })
    .click();
  await onPage(page, "Record a written confirmation");
  await page.getByRole("button", { name: "Record confirmation" }).click();
  await expectErrorSummary(page, ["Select whether this is an accurate record of what you told the MASH"]);
  await radio(page, "Did they confirm that the contact is an accurate record?", "Yes, it is accurate").check();
  await page.getByRole("button", { name: "Record confirmation" }).click();
  await expect(page.locator(".govuk-notification-banner--success")).toContainText("Written confirmation recorded");
  await expect(summaryRow(page, "Written confirmation")).toContainText("Confirmed");
});
