import { expect, test } from "@playwright/test";
import { addToIsoDate, todayInLondon } from "~/forms/date-input";
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
import { signInAs } from "./support/sign-in";

const schoolLead = "dsl@northmoor-primary.example";
const healthVisitor = "health.visitor@northmoor-health.example";
const referencePattern = /^FD-\d{6}$/;

test("a school safeguarding lead tells the MASH about two siblings, with JavaScript on", async ({ page }, info) => {
  test.skip(info.project.use.javaScriptEnabled === false, "the JavaScript journey");
  // Every page is checked with axe, which takes a while on a small machine.
  test.setTimeout(600_000);
  await signInAs(page, schoolLead);

  await page.goto("/contacts");
  await onPage(page, "Your contacts");
  await page.getByRole("button", { name: "Make a new contact" }).click();

  // The first question: answered in the browser's own validation before anything is sent.
  await onPage(page, "Is any child in immediate danger?");
  await page.getByRole("button", { name: "Continue" }).click();
  await expectErrorSummary(page, ["Select yes if a child is in immediate danger"]);
  await radio(page, "Is any child in immediate danger?", "No").check();
  await page.getByRole("button", { name: "Continue" }).click();

  // Prefilled from the account.
  await onPage(page, "Your details");
  await expect(page.getByLabel("Full name")).toHaveValue("Priya Shah");
  await expect(page.getByLabel("Organisation")).toHaveValue("Northmoor Primary School");
  await saveAndContinue(page);

  // A page with mistakes: the summary names each one, and nothing typed is lost.
  await onPage(page, "Child 1");
  await radio(page, "Is this an unborn baby?", "No").check();
  await page.getByLabel("First name", { exact: true }).fill("Amy");
  await page.getByLabel("NHS number (optional)").fill("485 777 3458");
  await page.getByLabel("Postcode").fill("NM1 4T");
  await saveAndContinue(page);
  await expectErrorSummary(page, [
    "Enter the child’s date of birth",
    "Enter the child’s last name",
    "Enter a valid NHS number. Check you have copied it correctly",
    "Enter a full UK postcode, like NM1 4TB",
  ]);
  await expect(page.getByLabel("First name", { exact: true })).toHaveValue("Amy");
  await expect(page.getByLabel("NHS number (optional)")).toHaveValue("485 777 3458");
  await expect(page.getByLabel("Postcode")).toHaveValue("NM1 4T");
  await page.getByRole("link", { name: "Enter a full UK postcode, like NM1 4TB" }).click();
  await expect(page.getByLabel("Postcode")).toBeFocused();

  await fillChild(page, {
    born: { firstName: "Amy", dateOfBirth: "2019-03-07" },
    lastName: "Evans",
    sex: "Female",
    nhsNumber: "485 777 3457",
    school: "Northmoor Primary School",
    ethnicity: "White: English, Welsh, Scottish, Northern Irish or British",
  });
  await saveAndContinue(page);

  await onPage(page, "Children in this contact");
  await answerAddAnother(page, "Do you need to add another child?", "Yes");
  await onPage(page, "Child 2");
  await fillChild(page, {
    born: { firstName: "Ben", dateOfBirth: "2021-06-12" },
    lastName: "Evans",
    sex: "Male",
    school: "Northmoor Primary School",
  });
  await saveAndContinue(page);
  await onPage(page, "Children in this contact");
  await expect(page.getByRole("definition").filter({ hasText: "Amy Evans" })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "Ben Evans" })).toBeVisible();
  await answerAddAnother(page, "Do you need to add another child?", "No");

  await onPage(page, "Household and significant adults");
  await answerAddAnother(page, "Do you need to add an adult?", "Yes");
  await onPage(page, "Adult 1");
  await page.getByLabel("First name", { exact: true }).fill("Dean");
  await page.getByLabel("Relationship to the child or children").fill("Mother’s partner");
  await radio(page, "Does this adult have parental responsibility?", "No").check();
  await radio(page, "Does this adult live with the child?", "Yes").check();
  await radio(page, "Does this adult pose a known risk to children?", "Not known").check();
  await saveAndContinue(page);
  await onPage(page, "Household and significant adults");
  await answerAddAnother(page, "Do you need to add another adult?", "No");

  // The list filters as the referrer types, and keeps what they already chose.
  await onPage(page, "Which needs apply to the child?");
  const search = page.getByLabel("Search the needs");
  await search.fill("hungry unwashed");
  const neglect = page.locator('input[value="neglect-2-inconsistent-care"]');
  const hardship = page.locator('input[value="finance-2-hardship"]');
  await expect(hardship).toBeHidden();
  await neglect.check();
  await search.fill("food bank");
  await expect(hardship).toBeVisible();
  await hardship.check();
  await expect(neglect).toBeVisible();
  await expect(neglect).toBeChecked();
  await expect(page.locator('input[value="housing-1-stable"]')).toBeHidden();
  await expectNoAxeViolations(page);
  await saveAndContinue(page);

  await onPage(page, "The concern");
  await fillConcern(
    page,
    "Amy and Ben have come to school hungry on most days this term and say there is often no food at home.",
  );
  await saveAndContinue(page);

  await onPage(page, "Level of need");
  await expect(
    page.getByRole("heading", { name: "Suggested level: Early help: emerging needs (level 2)" }),
  ).toBeVisible();
  await radio(page, "Do you agree with the suggested level of need?", "Yes").check();
  await saveAndContinue(page);

  await onPage(page, "Consent and family awareness");
  await radio(page, "Does the family know you are making this contact?", "Yes").check();
  await radio(page, "Has the family agreed to this contact?", "Yes").check();
  await saveAndContinue(page);

  await onPage(page, "Check your answers before submitting the contact");
  await expect(page.getByRole("heading", { name: "Child 2" })).toBeVisible();
  await expect(page.getByText("485 777 3457")).toBeVisible();
  await page.getByRole("button", { name: "Submit contact" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Contact submitted" })).toBeVisible();
  const reference = (await page.getByTestId("contact-reference").textContent()) ?? "";
  expect(reference).toMatch(referencePattern);
  await expect(page.getByText(/decide what happens next by .+ on \d+ \w+ \d{4}/)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Go to your contacts" }).click();
  await onPage(page, "Your contacts");
  const row = page.getByRole("row").filter({ hasText: reference });
  await expect(row).toContainText("Amy Evans, Ben Evans");
  await expect(row).toContainText("Submitted");
  await row.getByRole("link", { name: reference }).click();
  await onPage(page, `Contact ${reference}`);
  await expect(page.getByText("Basic care is inconsistent", { exact: false })).toBeVisible();
});

test("a health visitor tells the MASH about an unborn baby in danger, with JavaScript off @no-js-only", async ({
  page,
}) => {
  // Every page is checked with axe, which takes a while on a small machine.
  test.setTimeout(900_000);
  await signInAs(page, healthVisitor);

  await page.goto("/contacts/new");
  await onPage(page, "Is any child in immediate danger?");
  await radio(page, "Is any child in immediate danger?", "Yes").check();
  await page.getByRole("button", { name: "Continue" }).click();

  // Yes stops the form until the calls are made and recorded.
  await onPage(page, "Phone 999 and the MASH now");
  await expect(page.getByText("Then phone the MASH on 01632 960200")).toBeVisible();
  await page.getByRole("button", { name: "Continue" }).click();
  await expectErrorSummary(page, [
    "Confirm that you have phoned the police on 999",
    "Confirm that you have phoned the MASH",
    "Enter the time you phoned",
  ]);
  await page.getByLabel("I have phoned the police on 999").check();
  await page.getByLabel("I have phoned the MASH").check();
  await page.getByLabel("What time did you phone?").fill("9:30am");
  await page.getByRole("button", { name: "Continue" }).click();

  await onPage(page, "Your details");
  await expect(page.getByLabel("Full name")).toHaveValue("Grace Okafor");
  await saveAndContinue(page);

  await onPage(page, "Child 1");
  await fillChild(page, {
    unborn: { dueDate: addToIsoDate(todayInLondon(), { days: 70 }) },
    lastName: "Carter",
    sex: "Not known",
  });
  await saveAndContinue(page);
  await onPage(page, "Children in this contact");
  await expect(page.getByRole("definition").filter({ hasText: "Unborn baby Carter" })).toBeVisible();
  await answerAddAnother(page, "Do you need to add another child?", "No");

  await onPage(page, "Household and significant adults");
  await answerAddAnother(page, "Do you need to add an adult?", "Yes");
  await onPage(page, "Adult 1");
  await page.getByLabel("First name", { exact: true }).fill("Leanne");
  await page.getByLabel("Last name (optional)").fill("Carter");
  await page.getByLabel("Relationship to the child or children").fill("Expectant mother");
  await radio(page, "Does this adult have parental responsibility?", "Yes").check();
  await fillDate(page, "dateOfBirth", "1999-02-14");
  await radio(page, "Does this adult live with the child?", "Yes").check();
  await radio(page, "Does this adult pose a known risk to children?", "No").check();
  await saveAndContinue(page);
  await answerAddAnother(page, "Do you need to add another adult?", "No");

  // Without JavaScript the search is a GET that carries the ticks already made.
  await onPage(page, "Which needs apply to the child?");
  await page.getByLabel("Search the needs").fill("unborn");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/q=unborn/);
  await expect(page.locator('input[value="housing-1-stable"]')).toBeHidden();
  await page.locator('input[value="prebirth-4-likely-significant-harm"]').check();
  await page.getByLabel("Search the needs").fill("domestic abuse");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/q=domestic/);
  await expect(page.locator('input[value="prebirth-4-likely-significant-harm"]')).toBeChecked();
  await page.locator('input[value="domestic-4-high-risk"]').check();
  await expectNoAxeViolations(page);
  await saveAndContinue(page);

  // Checked on the server: the page comes back with the summary and what was typed.
  await onPage(page, "The concern");
  await fillConcern(page, "Mum is scared of her partner.");
  await saveAndContinue(page);
  await expectErrorSummary(page, [
    "What you are worried about must be at least 50 characters. Say what has happened and how it affects the child",
  ]);
  await expect(page.getByLabel("What are you worried about?")).toHaveValue("Mum is scared of her partner.");
  await expect(page.getByLabel("What needs to happen?")).toHaveValue(
    "A pre-birth assessment and support for mum before the baby arrives.",
  );
  await page
    .getByLabel("What are you worried about?")
    .fill("Mum is 28 weeks pregnant and says her partner hit her last night. The police were called on Friday.");
  await saveAndContinue(page);

  await onPage(page, "Level of need");
  await expect(page.getByRole("heading", { name: "Suggested level: Specialist: statutory (level 4)" })).toBeVisible();
  await radio(page, "Do you agree with the suggested level of need?", "Yes").check();
  await saveAndContinue(page);

  // A statutory level: the family's consent is not asked; whether the concern is significant harm and whether the
  // family know are. Significant harm (section 47) needs no parents' agreement.
  await onPage(page, "Consent and family awareness");
  await expect(page.getByRole("group", { name: "Has the family agreed to this contact?" })).toHaveCount(0);
  await saveAndContinue(page);
  await expect(page.locator(".govuk-error-summary")).toContainText("Select yes if the family know");
  await radio(
    page,
    "Do you think the child is suffering, or likely to suffer, significant harm?",
    "Yes: a child protection concern (section 47)",
  ).check();
  // Without JavaScript the parents' agreement question (under "Yes") shows too, with its own "No".
  await page.locator('input[name="familyAware"][value="no"]').check();
  await page.getByLabel("Why does the family not know?").fill("Telling mum could put her at risk from her partner.");
  await saveAndContinue(page);

  await onPage(page, "Check your answers before submitting the contact");
  await expect(page.getByText("Police (999) and the MASH, at 09:30")).toBeVisible();
  await page.getByRole("button", { name: "Submit contact" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Contact submitted" })).toBeVisible();
  const reference = (await page.getByTestId("contact-reference").textContent()) ?? "";
  expect(reference).toMatch(referencePattern);
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Go to your contacts" }).click();
  await onPage(page, "Your contacts");
  await expect(page.getByRole("row").filter({ hasText: reference })).toContainText("Carter");
});
