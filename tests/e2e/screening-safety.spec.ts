import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { fillDate } from "./support/contact-form";
import { submittedContact } from "./support/mash";
import { signInAs } from "./support/sign-in";

const schoolLead = "dsl@northmoor-primary.example";
const screener = "screener@northmoor-mash.example";

async function onPage(page: Page, heading: string | RegExp) {
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  await expectNoAxeViolations(page);
}

test("an immediate-danger contact submitted last is first in the queue, and a known child is flagged before anyone links them", async ({
  page,
}, info) => {
  test.skip(info.project.use.javaScriptEnabled === false, "the JavaScript journey");
  test.setTimeout(300_000);

  // Two contacts about children nobody knows, one about Leo Ward whom the MASH knows (the demo seed), then,
  // last of all, one whose referrer said a child is in immediate danger.
  const earlier = [
    submittedContact({
      referrerEmail: schoolLead,
      children: [{ firstName: "Ivy", lastName: "Penrose", dateOfBirth: "2015-07-07", sex: "female" }],
    }),
    submittedContact({
      referrerEmail: schoolLead,
      children: [{ firstName: "Oscar", lastName: "Penrose", dateOfBirth: "2013-08-08", sex: "male" }],
    }),
  ];
  const aboutLeo = submittedContact({
    referrerEmail: schoolLead,
    children: [{ firstName: "Leo", lastName: "Ward", dateOfBirth: "2016-05-14", sex: "male", postcode: "NM2 7QP" }],
  });
  const inDanger = submittedContact({
    referrerEmail: schoolLead,
    immediateDanger: true,
    children: [{ firstName: "Nia", lastName: "Stone", dateOfBirth: "2018-01-01", sex: "female" }],
  });

  await signInAs(page, screener);
  await page.goto("/mash");
  await onPage(page, "MASH queue");
  const rows = page.getByRole("row");
  const references = await rows.evaluateAll((elements) => elements.map((element) => element.textContent ?? ""));
  const place = (reference: string) => references.findIndex((text) => text.includes(reference));
  // Above every contact received before it; only other unrated immediate-danger contacts may come first.
  for (const reference of [...earlier, aboutLeo]) expect(place(inDanger)).toBeLessThan(place(reference));
  for (const text of references.slice(1, place(inDanger))) expect(text).toContain("Immediate danger");
  await expect(rows.filter({ hasText: inDanger })).toContainText("Immediate danger");

  // Leo is known before anyone links him; the children nobody knows are not flagged.
  await expect(rows.filter({ hasText: aboutLeo })).toContainText("Known");
  await expect(rows.filter({ hasText: aboutLeo })).toContainText("person record");
  for (const reference of earlier) await expect(rows.filter({ hasText: reference })).not.toContainText("Known");

  await page.getByRole("link", { name: aboutLeo }).click();
  await onPage(page, `Contact ${aboutLeo}`);
  const known = page.getByRole("region", { name: "Known to the council" });
  await expect(known).toContainText("Leo Ward is known: person record");
  await expect(page.getByRole("heading", { name: "Linked person record" })).toHaveCount(0);

  // Nia's contact: a new person record, then put right from the record's own page.
  await page.goto(`/mash/contacts/${inDanger}`);
  await expect(page.getByRole("region", { name: "Known to the council" })).toHaveCount(0);
  await page.getByRole("button", { name: "Claim this contact" }).click();
  await page.getByRole("button", { name: "Create a new person record (Nia Stone)" }).click();
  await page.getByRole("link", { name: /View, correct or merge this person record/ }).click();
  await onPage(page, "Nia Stone");
  await page.getByRole("link", { name: "Correct the name, date of birth or NHS number" }).click();
  await onPage(page, "Correct a person record");
  await fillDate(page, "dateOfBirth", "2018-01-10");
  await page.getByRole("button", { name: "Save correction" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("Enter why you are correcting this record");
  await expect(page).toHaveTitle(/^Error: /);
  await expectNoAxeViolations(page);
  await page.getByLabel("Why are you correcting this record?").fill("Her GP's records give 10 January.");
  await page.getByRole("button", { name: "Save correction" }).click();
  await expect(page.locator(".govuk-notification-banner--success")).toContainText(
    "The person record has been corrected",
  );
  await expect(page.getByText("10 January 2018")).toBeVisible();
  await expectNoAxeViolations(page);
});
