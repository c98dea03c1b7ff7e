import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { answerAddAnother, fillChild, fillConcern, radio, saveAndContinue } from "./support/contact-form";
import { submittedContact } from "./support/mash";
import { signInAs } from "./support/sign-in";

const schoolLead = "dsl@northmoor-primary.example";
const otherSchoolLead = "dsl@riverside-academy.example";
const healthVisitor = "health.visitor@northmoor-health.example";
const screener = "screener@northmoor-mash.example";
const manager = "manager@northmoor-mash.example";
const policeOfficer = "police.officer@northmoor-police.example";

async function onPage(page: Page, heading: string | RegExp) {
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  await expectNoAxeViolations(page);
}

async function expectSuccess(page: Page, message: string) {
  await expect(page.locator(".govuk-notification-banner--success")).toContainText(message);
}

/** Leo Ward, whom the MASH already knows (the demo seed), as his school describes him. */
async function submitContactAboutLeo(page: Page): Promise<string> {
  await signInAs(page, schoolLead);
  await page.goto("/contacts");
  await page.getByRole("button", { name: "Make a new contact" }).click();
  await radio(page, "Is any child in immediate danger?", "No").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your details" })).toBeVisible();
  await saveAndContinue(page);
  await fillChild(page, { born: { firstName: "Leo", dateOfBirth: "2016-05-14" }, lastName: "Ward", sex: "Male" });
  await page.getByLabel("Address line 1").fill("27 Heather Close");
  await page.getByLabel("Postcode").fill("NM2 7QP");
  await saveAndContinue(page);
  await answerAddAnother(page, "Do you need to add another child?", "No");
  await answerAddAnother(page, "Do you need to add an adult?", "No");
  await page.locator('input[value="neglect-3-persistent"]').check();
  await page.locator('input[value="education-3-persistent-absence"]').check();
  await saveAndContinue(page);
  await fillConcern(
    page,
    "Leo has missed a third of school days this term and comes in hungry and in the same clothes each day.",
  );
  await saveAndContinue(page);
  await radio(page, "Do you agree with the suggested level of need?", "Yes").check();
  await saveAndContinue(page);
  await radio(page, "Does the family know you are making this contact?", "Yes").check();
  const consented = radio(page, "Has the family agreed to this contact?", "Yes");
  if (await consented.count()) await consented.check();
  await saveAndContinue(page);
  await page.getByRole("button", { name: "Submit contact" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Contact submitted" })).toBeVisible();
  return ((await page.getByTestId("contact-reference").textContent()) ?? "").trim();
}

test("a contact goes from the referrer through screening, checks, decision and sign-off, and back to the referrer", async ({
  page,
}, info) => {
  test.skip(info.project.use.javaScriptEnabled === false, "the JavaScript journey");
  test.setTimeout(600_000);

  // A school safeguarding lead tells the MASH about Leo; another school about Kai, whom they judge at level 4.
  const leoContact = await submitContactAboutLeo(page);
  expect(leoContact).toMatch(/^FD-\d{6}$/);
  const kaiContact = submittedContact({
    referrerEmail: otherSchoolLead,
    referrerLevel: 4,
    children: [{ firstName: "Kai", lastName: "Hart", dateOfBirth: "2012-10-10", sex: "male", postcode: "NM6 2RS" }],
  });

  // The screener finds both in the queue, not yet rated, and claims Leo's.
  await signInAs(page, screener);
  await page.goto("/mash");
  await onPage(page, "MASH queue");
  const leoRow = page.getByRole("row").filter({ hasText: leoContact });
  await expect(leoRow).toContainText("Not rated");
  await expect(leoRow).toContainText("Not claimed");
  await expect(page.getByRole("row").filter({ hasText: kaiContact })).toBeVisible();
  await page.getByRole("link", { name: /^Not claimed \(\d+\)$/ }).click();
  // Same heading, and Leo's row and claim button are on the whole queue too: wait for the filtered one's address.
  await expect(page).toHaveURL(/[?&]assignee=unassigned\b/);
  await expect(page.getByRole("row").filter({ hasText: leoContact })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: `Claim contact ${leoContact}` }).click();
  await onPage(page, `Contact ${leoContact}`);
  await expectSuccess(page, "You have claimed this contact");

  // Leo's record is offered first, with why; linked, it brings his history, a repeat contact and his sister.
  const candidates = page.getByRole("table", { name: /Possible person records/ });
  await expect(candidates.getByRole("row").nth(1)).toContainText("Leo Ward");
  await expect(candidates.getByRole("row").nth(1)).toContainText("Same date of birth");
  await candidates.getByRole("button", { name: "Link Leo Ward to the record for Leo Ward" }).first().click();
  await expectSuccess(page, "The child has been linked to the person record");
  await expect(
    page.getByText("Repeat contact: this child was the subject of another contact in the last 12 months"),
  ).toBeVisible();
  await expect(page.getByRole("table", { name: "Previous contacts" })).toContainText(
    "Early help: team around the family, level 3",
  );
  await expect(page.getByText("Maisie Ward, 2 September 2019 (Named in the same contact)")).toBeVisible();
  await expectNoAxeViolations(page);

  await radio(page, "RAG rating", "Amber").check();
  await page.getByRole("button", { name: "Save RAG rating" }).click();
  await expectSuccess(page, "RAG rating saved");

  // The screener asks the police; a question left blank is refused the GOV.UK way.
  await page.getByRole("link", { name: "Ask an agency a question" }).click();
  await onPage(page, "Ask an agency about this family");
  await page.getByRole("button", { name: "Send question" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("Select which agency to ask");
  await expect(page).toHaveTitle(/^Error: /);
  await expectNoAxeViolations(page);
  await radio(page, "Which agency do you want to ask?", "Police").check();
  await page.getByLabel("Your question").fill("Have officers been called to 27 Heather Close since March?");
  // Sharing without telling the family needs a reason and a MASH manager's authority.
  await radio(
    page,
    "What is the lawful basis for sharing the family’s information?",
    "Public task: the council’s safeguarding duties (Children Act 1989 and 2004)",
  ).check();
  await radio(page, "Has the family been told their information will be shared?", "No").check();
  await page.getByRole("button", { name: "Send question" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText(
    "Select the MASH manager who authorised sharing without telling the family",
  );
  await page.getByLabel("Why has the family not been told?").fill("Mum asked us not to tell Leo's father yet.");
  await radio(page, "Which manager authorised sharing without telling the family?", "Helen Carter").check();
  await page.getByRole("button", { name: "Send question" }).click();
  await expectSuccess(page, "Your question has been sent");
  await expect(page.getByText("No: authorised by Helen Carter")).toBeVisible();
  await expect(page.getByText("Waiting for an answer")).toBeVisible();

  // The police officer in the MASH answers it.
  await signInAs(page, policeOfficer);
  await page.goto("/mash/checks");
  await onPage(page, "Information checks");
  await page.getByRole("link", { name: `Answer the question on contact ${leoContact}` }).click();
  await onPage(page, "Answer an information check");
  await expect(page.getByText("Have officers been called to 27 Heather Close since March?")).toBeVisible();
  await page
    .getByLabel("Your answer")
    .fill("One call in August: a neighbour dispute, no concerns about the children recorded.");
  await page.getByRole("button", { name: "Send answer" }).click();
  await expectSuccess(page, "Your answer has been sent");
  await expect(page.getByRole("table").last()).toContainText("Answered on time");
  await expectNoAxeViolations(page);

  // Back with the screener: the answer is on the contact; the decision is early help.
  await signInAs(page, screener);
  await page.goto(`/mash/contacts/${leoContact}`);
  await expect(page.getByText("One call in August: a neighbour dispute")).toBeVisible();
  await expect(page.getByText("Answered on time")).toBeVisible();
  await page.getByRole("link", { name: "Record a decision" }).click();
  await onPage(page, "Record a decision");
  await page.getByRole("button", { name: "Record decision" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("Enter feedback for the referrer");
  await expect(page).toHaveTitle(/^Error: /);
  await expectNoAxeViolations(page);
  await radio(page, "Level of need", "Level 3: Targeted early help: complex needs").check();
  await radio(page, "Outcome", "Early help: team around the family").check();
  await page
    .getByLabel("Rationale")
    .fill("Persistent absence and neglect with a previous early help plan: a team around the family again.");
  await page
    .getByLabel("Feedback for the referrer")
    .fill("An early help practitioner will set up a team around the family. Please keep recording Leo's attendance.");
  await page.getByLabel("Internal notes (optional)").fill("Police call in August: neighbour dispute only.");
  await page.getByRole("button", { name: "Record decision" }).click();
  await expectSuccess(page, "Decision recorded. The referrer has been told");
  await expectNoAxeViolations(page);

  // Kai's contact: no record yet, so a new one; no further action against a level 4 view waits for a manager.
  await page.goto(`/mash/contacts/${kaiContact}`);
  await page.getByRole("button", { name: "Claim this contact" }).click();
  await expect(page.getByText("No existing person record matches this child.")).toBeVisible();
  await page.getByRole("button", { name: "Create a new person record (Kai Hart)" }).click();
  await expectSuccess(page, "A new person record has been made and linked");
  await page.getByRole("link", { name: "Record a decision" }).click();
  await onPage(page, "Record a decision");
  await radio(page, "RAG rating", "Green").check();
  await radio(page, "Level of need", "Level 1: Universal").check();
  // An outcome that does not fit the level is refused, naming both.
  await radio(page, "Outcome", "Strategy discussion (section 47)").check();
  await page.getByLabel("Rationale").fill("Kai's worries are met by the school's pastoral support.");
  await page
    .getByLabel("Feedback for the referrer")
    .fill("No further action by children's services. The school's pastoral support meets Kai's needs.");
  await page.getByRole("button", { name: "Record decision" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText(
    "Strategy discussion (section 47) is only for level 4: choose that level of need or another outcome",
  );
  await expectNoAxeViolations(page);
  await radio(page, "Outcome", "No further action").check();
  await page.getByRole("button", { name: "Record decision" }).click();
  await expectSuccess(page, "Decision recorded. It is waiting for a manager to sign it off");

  // The manager signs it off.
  await signInAs(page, manager);
  await page.goto("/mash/sign-off");
  await onPage(page, "Decisions waiting for sign-off");
  await page.getByRole("link", { name: `Review the decision on contact ${kaiContact}` }).click();
  await onPage(page, `Sign off the decision on contact ${kaiContact}`);
  await radio(page, "Do you approve this decision?", "Yes, approve it and tell the referrer").check();
  await page.getByRole("button", { name: "Save sign-off" }).click();
  await expectSuccess(page, "Decision approved. The referrer has been told");
  await expectNoAxeViolations(page);

  // Each referrer sees the outcome and the feedback, and nothing the MASH keeps to itself.
  await signInAs(page, schoolLead);
  await page.goto(`/contacts/${leoContact}`);
  await onPage(page, `Contact ${leoContact}`);
  await expect(page.getByRole("heading", { name: "Decision made" })).toBeVisible();
  const leoDecision = page.getByRole("region", { name: "The decision" });
  await expect(leoDecision).toContainText("Outcome: Early help: team around the family");
  await expect(leoDecision).toContainText("Level of need: Level 3: Targeted early help: complex needs");
  await expect(leoDecision).toContainText("Please keep recording Leo's attendance.");
  await expect(page.getByText("neighbour dispute")).toHaveCount(0);
  await expect(page.getByText("previous early help plan")).toHaveCount(0);

  await signInAs(page, otherSchoolLead);
  await page.goto(`/contacts/${kaiContact}`);
  await onPage(page, `Contact ${kaiContact}`);
  const kaiDecision = page.getByRole("region", { name: "The decision" });
  await expect(kaiDecision).toContainText("Outcome: No further action");
  await expect(kaiDecision).toContainText("The school's pastoral support meets Kai's needs.");

  // A partner from another organisation opens neither.
  await signInAs(page, healthVisitor);
  for (const reference of [leoContact, kaiContact]) {
    const response = await page.goto(`/contacts/${reference}`);
    expect(response?.status()).toBe(404);
  }
  expect((await page.goto(`/mash/contacts/${leoContact}`))?.status()).toBe(403);
});

test("a screener works a contact about two siblings without JavaScript, deciding for each child @no-js-only", async ({
  page,
}, info) => {
  test.setTimeout(300_000);
  // Each project runs this test against the same database: a family name of its own keeps them apart.
  const family = info.project.use.javaScriptEnabled === false ? "Stone" : "Marsh";
  const ruby = `Ruby ${family}`;
  const finn = `Finn ${family}`;
  const reference = submittedContact({
    referrerEmail: schoolLead,
    children: [
      { firstName: "Ruby", lastName: family, dateOfBirth: "2017-04-02", sex: "female", postcode: "NM8 3WX" },
      { firstName: "Finn", lastName: family, dateOfBirth: "2020-11-19", sex: "male", postcode: "NM8 3WX" },
    ],
  });
  await signInAs(page, screener);
  await page.goto("/mash?assignee=unassigned");
  await onPage(page, "MASH queue");
  await page.getByRole("button", { name: `Claim contact ${reference}` }).click();
  await onPage(page, `Contact ${reference}`);

  // Nobody on record matches Ruby: the screener searches by name, then makes a record, then undoes the link.
  await page.getByRole("link", { name: `Search person records by name (${ruby})` }).click();
  await onPage(page, `Search person records for ${ruby}`);
  await page.getByLabel("Name").fill("Zebedee Quill");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("No person records match “Zebedee Quill”.")).toBeVisible();
  await page.goto(`/mash/contacts/${reference}`);
  await page.getByRole("button", { name: `Create a new person record (${ruby})` }).click();
  await expectSuccess(page, "A new person record has been made and linked");
  await page.getByRole("link", { name: `Undo this link (${ruby})` }).click();
  await onPage(page, `Undo the link to ${ruby}’s person record`);
  await page.getByRole("button", { name: "Undo link" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("Enter why you are undoing the link");
  await expectNoAxeViolations(page);
  await page
    .getByLabel("Why are you undoing this link?")
    .fill("Made by mistake: checking the spelling with school first.");
  await page.getByRole("button", { name: "Undo link" }).click();
  await expectSuccess(page, "The link has been undone");

  // A manager gives the contact to the screener again (as if reassigning it); then the screener decides.
  await signInAs(page, manager);
  await page.goto(`/mash/contacts/${reference}`);
  await page.getByRole("link", { name: "Give to someone else" }).click();
  await onPage(page, `Who should work on contact ${reference}?`);
  await page.getByRole("radio", { name: "Daniel Evans" }).check();
  await page.getByRole("button", { name: "Assign contact" }).click();
  await expectSuccess(page, "The contact has been assigned");
  await signInAs(page, screener);
  await page.goto(`/mash/contacts/${reference}`);
  await page.getByRole("link", { name: "Record a decision" }).click();
  await onPage(page, "Record a decision");
  await page.getByRole("link", { name: "Record a different decision for each child" }).click();
  await radio(page, "RAG rating", "Green").check();
  await radio(page, `Level of need for ${ruby}`, "Level 2: Early help: emerging needs").check();
  await radio(page, `Outcome for ${ruby}`, "Early help: single agency").check();
  await page.getByRole("button", { name: "Record decision" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("Select the level of need");
  await expectNoAxeViolations(page);
  await radio(page, `Level of need for ${finn}`, "Level 1: Universal").check();
  await radio(page, `Outcome for ${finn}`, "Universal services").check();
  await page.getByLabel("Rationale").fill("Ruby's anxiety needs support from school; Finn is doing well at nursery.");
  await page
    .getByLabel("Feedback for the referrer")
    .fill("The school will support Ruby; no services are needed for Finn.");
  await page.getByRole("button", { name: "Record decision" }).click();
  await expectSuccess(page, "Decision recorded. The referrer has been told");
  await expect(page.getByText(`${ruby}: Early help: single agency, level 2`)).toBeVisible();
  await expect(page.getByText(`${finn}: Universal services, level 1`)).toBeVisible();
  await expectNoAxeViolations(page);
});
