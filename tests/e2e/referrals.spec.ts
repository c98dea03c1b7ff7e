import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { onPage, radio } from "./support/contact-form";
import { submittedContact } from "./support/mash";
import { signInAs } from "./support/sign-in";

test("a decision for a social care assessment makes a referral, with the contact's source, that a social care manager allocates", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const reference = submittedContact({
    referrerEmail: "dsl@northmoor-primary.example",
    referrerLevel: 4,
    children: [{ firstName: "Amara", lastName: "Osei", dateOfBirth: "2014-03-09", sex: "female", postcode: "NM3 5LB" }],
  });

  await signInAs(page, "screener@northmoor-mash.example");
  await page.goto(`/mash/contacts/${reference}`);
  await page.getByRole("button", { name: "Claim this contact" }).click();
  await page.getByRole("button", { name: "Create a new person record (Amara Osei)" }).click();
  await expect(page.locator(".govuk-notification-banner--success")).toContainText("A new person record has been made");
  await page.getByRole("link", { name: "Record a decision" }).click();
  await onPage(page, "Record a decision");
  await radio(page, "RAG rating", "Amber").check();
  await radio(page, "Level of need", "Level 4: Specialist: statutory").check();
  await radio(page, "Outcome", "Social care assessment (section 17)").check();
  await page.getByLabel("Primary need, if this becomes a referral").selectOption("N1");
  await page.getByLabel("Rationale").fill("Repeated unexplained bruising reported by school: an assessment is needed.");
  await page
    .getByLabel("Feedback for the referrer")
    .fill("A social worker will assess Amara's needs and contact the family this week.");
  await page.getByRole("button", { name: "Record decision" }).click();
  await expect(page.locator(".govuk-notification-banner--success")).toContainText("Decision recorded");

  await signInAs(page, "manager@northmoor-social-care.example");
  await page.goto("/referrals");
  await onPage(page, "Referrals");
  const row = page.getByRole("row").filter({ hasText: reference });
  await expect(row).toContainText("Schools");
  await row.getByRole("link", { name: "Amara Osei" }).click();
  await onPage(page, "Amara Osei");
  await page.getByRole("button", { name: "Allocate referral" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("Choose the team the referral is allocated to");
  await expectNoAxeViolations(page);
  await page.getByLabel("Team").selectOption("Assessment Team North");
  await page.getByLabel("Worker").selectOption({ label: "Rachel Morgan, Social worker" });
  await page.getByRole("button", { name: "Allocate referral" }).click();
  await expect(page.locator(".govuk-notification-banner--success")).toContainText("Referral allocated");
  await page.goto("/referrals");
  await expect(page.getByRole("row").filter({ hasText: reference })).toContainText(
    "Rachel Morgan, Assessment Team North",
  );
});
