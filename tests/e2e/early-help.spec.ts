import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { fillDate, isoDaysAgo, planFromMashDecision, radio } from "./support/early-help";
import { signInAs } from "./support/sign-in";

const manager = "manager@northmoor-early-help.example";
const schoolLead = "dsl@northmoor-primary.example";
const healthVisitor = "health.visitor@northmoor-health.example";
const otherSchool = "dsl@riverside-academy.example";
const socialWorker = "social.worker@northmoor-social-care.example";
const screener = "screener@northmoor-mash.example";
const mashManager = "manager@northmoor-mash.example";

/** Waits for the page a link leads to, by its title, then checks it with axe: otherwise axe may check the page left. */
async function arriveAt(page: Page, title: string) {
  await expect(page).toHaveTitle(new RegExp(`^${title}`));
  await expectNoAxeViolations(page);
}

async function openPlan(page: Page, planId: string) {
  await page.goto(`/early-help/plans/${planId}`);
  await expect(page.locator(".govuk-caption-l")).toContainText("Early help plan EH-");
}

/**
 * One family's plan from the MASH's decision to its close, as the journeys of
 * the people who work it. Each journey starts where the one before left the
 * plan, so they run in order, and a failure skips the rest.
 */
test.describe("an early help plan that starts with a MASH decision", () => {
  // Each journey goes through several pages, each checked with axe, on a machine shared with other builds.
  test.describe.configure({ mode: "serial", timeout: 180_000 });
  let planId: string;
  let contactReference: string;

  test.beforeAll(() => {
    ({ planId } = planFromMashDecision({ weeksAgo: 13, child: { firstName: "Amira", lastName: "Okafor" } }));
  });

  test("the early help manager allocates a lead professional and adds a health visitor to the team", async ({
    page,
  }) => {
    await signInAs(page, manager);
    await page.goto("/early-help/coordinator");
    await expect(page.getByRole("heading", { name: "Plans without a lead professional" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page
      .locator("#without-lead + table")
      .getByRole("link", { name: /Amira Okafor/ })
      .first()
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "Amira Okafor" })).toBeVisible();
    await expect(page.getByText("Waiting for allocation").first()).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Lead professional" }).click();
    await expect(page.getByRole("heading", { name: "Choose the lead professional" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Allocate" }).click();
    await expect(page).toHaveTitle(/^Error: Allocate the plan/);
    await expect(page.getByRole("link", { name: "Select a lead professional" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page
      .getByLabel("Lead professional")
      .selectOption({ label: "Priya Shah, Designated safeguarding lead, Northmoor Primary School" });
    await page.getByRole("button", { name: "Allocate" }).click();
    await expect(page.getByText("Your changes have been saved")).toBeVisible();
    await page.getByRole("link", { name: "Team around the family" }).click();
    await arriveAt(page, "Team around the family");
    await page.getByRole("link", { name: "Add someone with an account" }).click();
    await arriveAt(page, "Add someone with an account");
    await page
      .getByLabel("Person")
      .selectOption({ label: "Grace Okafor, Health visitor, Northmoor Health Visiting Team" });
    await page.getByRole("button", { name: "Add to team" }).click();
    await expect(page.getByRole("cell", { name: "Grace Okafor", exact: true })).toBeVisible();
  });

  test("the school's safeguarding lead records consent, a goal and two reviews with improving scores", async ({
    page,
  }) => {
    await signInAs(page, schoolLead);
    await page.goto("/early-help");
    await expectNoAxeViolations(page);
    await page
      .getByRole("link", { name: /Amira Okafor/ })
      .first()
      .click();
    await page.getByRole("link", { name: "Family's consent" }).click();
    await arriveAt(page, "Record the family's consent");
    await page.locator("#givenBy-name").fill("Sarah Okafor");
    await page.locator("#givenBy-relationship").fill("mother");
    await fillDate(page, "givenOn", isoDaysAgo(88));
    await page.getByLabel("Work with the family on a plan").check();
    await page.getByLabel("Share information about the family").check();
    await page.getByRole("button", { name: "Record consent" }).click();
    await expect(page.getByText("Your changes have been saved")).toBeVisible();

    await page.getByRole("link", { name: "Add a goal" }).click();
    await arriveAt(page, "Add a goal");
    await page.getByLabel("Getting a good education").check();
    await page.getByLabel("What need does it answer?").fill("Amira has missed a third of school days this term");
    await page.getByLabel("What does the family want to be different?").fill("Amira goes to school every day");
    await fillDate(page, "setOn", isoDaysAgo(84));
    await page.getByLabel("Score now").fill("3");
    await page.getByLabel("Target score").fill("8");
    await page.getByRole("button", { name: "Add goal" }).click();
    await expect(page.getByText("Goal 1: Amira goes to school every day")).toBeVisible();

    for (const [daysAgo, score] of [
      [42, "5"],
      [0, "7"],
    ] as const) {
      await page.getByRole("link", { name: "Record a review" }).click();
      await fillDate(page, "heldOn", isoDaysAgo(daysAgo));
      await page.getByLabel(/Priya Shah/).check();
      await page.getByLabel(/Sarah Okafor \(mother\)/).check();
      await page.getByLabel("Amira goes to school every day").fill(score);
      await page
        .getByLabel("What has changed since the last review?")
        .fill("Amira is at breakfast club most mornings.");
      if (daysAgo === 0) await expectNoAxeViolations(page);
      await page.getByRole("button", { name: "Record review" }).click();
      await expect(page.getByText("Your changes have been saved")).toBeVisible();
    }
    await expect(page.getByRole("definition").filter({ hasText: "Improving" })).toBeVisible();
  });

  test("the health visitor sees the plan among theirs, with its trend and chart, but records no review", async ({
    page,
  }) => {
    await signInAs(page, healthVisitor);
    await page.goto("/early-help");
    const row = page.getByRole("row", { name: /Amira Okafor/ });
    await expect(row).toContainText("Team around the family");
    await expect(row).toContainText("Improving");
    await row.getByRole("link").click();
    await expect(page.locator("svg.app-score-chart__svg polyline")).toHaveCount(1);
    const table = page.getByRole("table", { name: /Goal scores from the baseline/ });
    await expect(table.getByRole("cell")).toHaveText(["3", "5", "7"]);
    await expect(page.getByRole("link", { name: "Record a review" })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test("the lead professional steps the plan up to the MASH, saying there is no immediate danger", async ({ page }) => {
    await signInAs(page, schoolLead);
    await openPlan(page, planId);
    await page.getByRole("link", { name: /step-up/ }).click();
    await arriveAt(page, "Ask for children's social care involvement");
    // A step-up asks the immediate-danger question like any other contact.
    await page.getByRole("button", { name: "Send step-up to the MASH" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("Select yes if a child is in immediate danger");
    await radio(page, "Is any child in immediate danger?", "No").check();
    await page
      .getByLabel("What are you worried about now?")
      .fill("Amira told her teacher that her mother's partner hits her.");
    await page.getByLabel("What is working well?").fill("Attendance is up and Amira trusts her class teacher.");
    await page.getByLabel("What do you think needs to happen?").fill("A social work assessment of the risk at home.");
    await page
      .getByRole("group", { name: /Does the family know/ })
      .getByRole("radio", { name: "No", exact: true })
      .check();
    await page.getByLabel("Why have you not told them?").fill("Telling her mother could put Amira at risk tonight.");
    await page.getByRole("button", { name: "Send step-up to the MASH" }).click();
    const pending = page.getByRole("region", { name: "Important" });
    await expect(pending).toContainText(/Step-up with the MASH \(FD-\d{6}\)/);
    contactReference = (await pending.textContent())!.match(/FD-\d{6}/)![0];
  });

  test("the MASH screens the step-up with the plan in front of the screener, and decides on an assessment", async ({
    page,
  }) => {
    await signInAs(page, screener);
    await page.goto(`/mash/contacts/${contactReference}`);
    const handover = page.getByRole("region", { name: /Step-up from early help plan EH-\d{6}/ });
    await expect(handover).toContainText("Amira told her teacher that her mother's partner hits her.");
    await expect(handover.getByText(/: 3; .*: 5; .*: 7 \(target 8\)/)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Claim this contact" }).click();
    await page.getByRole("link", { name: "Record a decision" }).click();
    // The contact page has a RAG rating of its own: wait for the decision page, or the check lands on the page being left.
    await expect(page.getByRole("heading", { level: 1, name: "Record a decision" })).toBeVisible();
    await radio(page, "RAG rating", "Amber").check();
    await radio(page, "Level of need", "Level 4: Specialist: statutory").check();
    await radio(page, "Outcome", "Social care assessment (section 17)").check();
    await page.getByLabel("Primary need, if this becomes a referral").selectOption("N1: Abuse or neglect");
    await page
      .getByLabel("Rationale")
      .fill("The disclosure and the plan's history meet the threshold for an assessment.");
    await page
      .getByLabel("Feedback for the referrer")
      .fill("A social worker will assess the family this week. Please keep Amira at breakfast club.");
    await page.getByRole("button", { name: "Record decision" }).click();
    const recorded = page.locator(".govuk-notification-banner--success");
    await expect(recorded).toContainText("Decision recorded");
    if ((await recorded.textContent())?.includes("waiting for a manager")) {
      await signInAs(page, mashManager);
      await page.goto("/mash/sign-off");
      await page.getByRole("link", { name: `Review the decision on contact ${contactReference}` }).click();
      await radio(page, "Do you approve this decision?", "Yes, approve it and tell the referrer").check();
      await page.getByRole("button", { name: "Save sign-off" }).click();
      // The next journey needs the sign-off saved: wait for its answer before the page closes.
      await expect(page.locator(".govuk-notification-banner--success")).toContainText("Decision approved");
    }
  });

  test("the lead professional reads the MASH's outcome and closes the plan as stepped up", async ({ page }) => {
    await signInAs(page, schoolLead);
    await openPlan(page, planId);
    await expect(page.getByText("Children's social care has taken the case")).toBeVisible();
    await expect(page.getByText("A social worker will assess the family this week.")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Close the plan as stepped up, with the final scores" }).click();
    await expect(page.getByLabel("Stepped up to children's social care")).toBeChecked();
    await fillDate(page, "closedOn", isoDaysAgo(0));
    await page.getByLabel("Amira goes to school every day").fill("7");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Close the plan" }).click();
    await expect(page.getByText("Closed", { exact: true }).first()).toBeVisible();
    await expect(page.getByText("Stepped up to children's social care")).toBeVisible();
  });

  test("a partner who is not on the plan cannot open it", async ({ page }) => {
    await signInAs(page, otherSchool);
    const response = await page.goto(`/early-help/plans/${planId}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  });
});

test("a social worker steps a family down and the early help manager accepts it @no-js-only", async ({ page }) => {
  test.setTimeout(300_000);
  await signInAs(page, socialWorker);
  await page.goto("/early-help/step-downs");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Step a family down to early help" }).click();
  await page.getByRole("button", { name: "Send step-down" }).click();
  await expect(page).toHaveTitle(/^Error: Step a family down to early help/);
  await expect(page.getByRole("link", { name: "Enter the first child's details" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.locator("#children-0-firstName").fill("Maya");
  await page.locator("#children-0-lastName").fill("Patel");
  await fillDate(page, "children-0-dateOfBirth", "2014-09-30");
  await page
    .getByLabel("Summary of the work with the family")
    .fill("Twelve weeks of child in need work; home is calm now.");
  await page.getByLabel("Risks to the children now").fill("Low: father's drinking could return under stress.");
  await page.getByLabel("What must carry on after the handover").fill("Weekly check-ins with the school nurse.");
  await page.locator("#consent-givenBy-name").fill("Anita Patel");
  await page.locator("#consent-givenBy-relationship").fill("mother");
  await fillDate(page, "consent-givenOn", isoDaysAgo(1));
  await page.getByLabel("Work with the family on a plan").check();
  await page.getByLabel("An organisation, who will find someone").check();
  await page.getByLabel("Organisation", { exact: true }).fill("Northmoor Primary School");
  await page.getByRole("button", { name: "Send step-down" }).click();
  await expect(page.getByText("Step-down sent to the early help manager")).toBeVisible();
  await expectNoAxeViolations(page);
  const stepDownUrl = page.url().split("?")[0]!;

  await signInAs(page, manager);
  await page.goto("/early-help/step-downs");
  const row = page.getByRole("row", { name: /Maya Patel/ }).first();
  await expect(row).toContainText(/working days? .*left|hours? left/);
  await expectNoAxeViolations(page);
  await page.goto(stepDownUrl);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Accept" }).click();
  await expectNoAxeViolations(page);
  await fillDate(page, "transitionMeetingOn", isoDaysAgo(-7));
  await page.getByRole("button", { name: "Accept and start the plan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Maya Patel" })).toBeVisible();
  await expect(page.getByText("Twelve weeks of child in need work; home is calm now.")).toBeVisible();
  await expectNoAxeViolations(page);

  await signInAs(page, socialWorker);
  await page.goto(stepDownUrl);
  await expect(page.getByText("Accepted", { exact: true })).toBeVisible();
  await page.getByRole("link", { name: "Open the plan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Maya Patel" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a partner starts a plan and works through every section of it @no-js-only", async ({ page }) => {
  test.setTimeout(600_000);
  await signInAs(page, schoolLead);
  await page.goto("/early-help");
  await page.getByRole("link", { name: "Start a plan" }).click();
  await page.getByRole("button", { name: "Start the plan" }).click();
  await expect(page).toHaveTitle(/^Error: Start a plan/);
  await expect(page.getByRole("link", { name: "Enter the child's first name" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("First name").fill("Leo");
  await page.getByLabel("Last name").fill("Hughes");
  await fillDate(page, "dateOfBirth", "2019-02-11");
  await page.locator("#givenBy-name").fill("Kerry Hughes");
  await page.locator("#givenBy-relationship").fill("mother");
  await fillDate(page, "givenOn", isoDaysAgo(0));
  await page.getByLabel("Carry out an assessment").check();
  await page.getByLabel("Work with the family on a plan").check();
  await page.getByRole("button", { name: "Start the plan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Leo Hughes" })).toBeVisible();
  const planUrl = page.url().split("?")[0]!;

  await page.getByRole("link", { name: "Children in the family" }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel("First name").fill("Mia");
  await page.getByLabel("Last name").fill("Hughes");
  await fillDate(page, "dateOfBirth", "2021-07-01");
  await page.getByRole("button", { name: "Add child" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Leo Hughes, Mia Hughes" })).toBeVisible();

  await page.getByRole("link", { name: "Early Help Assessment" }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel("Needs").first().fill("Leo's speech is behind for his age.");
  await page.getByLabel("The family's view").fill("We want Leo to be ready for school.");
  await page.getByLabel("The child's voice").fill("Leo says he likes the park and his sister.");
  await radio(page, "Have you completed the assessment?", "Yes").check();
  await page.getByRole("button", { name: "Save assessment" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Leo Hughes, Mia Hughes" })).toBeVisible();

  await page.getByRole("link", { name: "Team around the family" }).click();
  await page.getByRole("link", { name: "Add someone without an account" }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel("Full name").fill("Dev Mistry");
  await page.getByLabel("Agency or organisation").fill("Northmoor Speech and Language Therapy");
  await page.getByLabel("Role", { exact: true }).fill("Speech and language therapist");
  await page.getByRole("button", { name: "Add to team" }).click();
  await expect(page.getByRole("cell", { name: "Dev Mistry", exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(`${planUrl}/family-network`);
  await expectNoAxeViolations(page);
  await radio(page, /offered a family group conference/, "Yes, a family network meeting").check();
  await radio(page, "Did the family accept?", "Not answered yet").check();
  await page.getByRole("button", { name: "Save" }).click();
  await page.goto(`${planUrl}/family-network/add-person`);
  await expectNoAxeViolations(page);
  await page.getByLabel("Name", { exact: true }).fill("Pat Hughes");
  await page.getByLabel("Relationship").fill("grandmother");
  await page.getByRole("button", { name: "Add person" }).click();
  await expect(page.getByRole("cell", { name: "Pat Hughes", exact: true })).toBeVisible();

  await page.goto(`${planUrl}/goals/new`);
  await radio(page, "Which outcome does this goal work towards?", "Good early years development").check();
  await page.getByLabel("What need does it answer?").fill("Leo's speech is behind");
  await page.getByLabel("What does the family want to be different?").fill("Leo talks in sentences");
  await fillDate(page, "setOn", isoDaysAgo(0));
  await page.getByLabel("Score now").fill("2");
  await page.getByLabel("Target score").fill("7");
  await page.getByRole("button", { name: "Add goal" }).click();
  await page.getByRole("link", { name: /Add an action/ }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel("What will be done?").fill("Weekly speech therapy sessions");
  await page.getByLabel("Who will do it?").fill("Dev Mistry");
  await fillDate(page, "byWhen", isoDaysAgo(-28));
  await page.getByRole("button", { name: "Add action" }).click();
  await page.getByRole("button", { name: /Mark as done/ }).click();
  await expect(page.getByText(/Done on/)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Record that consent was withdrawn" }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel("Who withdrew consent").fill("Kerry Hughes");
  await page.locator("#by-relationship").fill("mother");
  await fillDate(page, "on", isoDaysAgo(0));
  await radio(page, "What should happen to the plan", "Pause the plan").check();
  await page.getByRole("button", { name: "Record withdrawal" }).click();
  await expect(page.getByText("Paused").first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Family's consent" }).click();
  await page.locator("#givenBy-name").fill("Kerry Hughes");
  await page.locator("#givenBy-relationship").fill("mother");
  await fillDate(page, "givenOn", isoDaysAgo(0));
  await page.getByLabel("Work with the family on a plan").check();
  await page.getByRole("button", { name: "Record consent" }).click();
  await expect(page.getByText("Active", { exact: true })).toBeVisible();
  await page.getByRole("link", { name: "Close the plan" }).click();
  await expectNoAxeViolations(page);
});

test("the early help manager returns a step-down and the social worker puts it right", async ({ page }) => {
  test.setTimeout(300_000);
  await signInAs(page, socialWorker);
  await page.goto("/early-help/step-downs/new");
  await page.locator("#children-0-firstName").fill("Noah");
  await page.locator("#children-0-lastName").fill("Reid");
  await fillDate(page, "children-0-dateOfBirth", "2012-03-14");
  await page.getByLabel("Summary of the work with the family").fill("Eight weeks of work.");
  await page.getByLabel("Risks to the children now").fill("Low.");
  await page.getByLabel("What must carry on after the handover").fill("Youth club.");
  await page.locator("#consent-givenBy-name").fill("Jo Reid");
  await page.locator("#consent-givenBy-relationship").fill("father");
  await fillDate(page, "consent-givenOn", isoDaysAgo(0));
  await page.getByLabel("Work with the family on a plan").check();
  await page.getByLabel("A named person").check();
  await page.getByLabel("Their name").fill("Aisha Begum");
  await page.getByLabel("Organisation", { exact: true }).fill("Northmoor Early Help Team");
  await page.getByRole("button", { name: "Send step-down" }).click();
  await expect(page.getByText("Step-down sent to the early help manager")).toBeVisible();
  const stepDownUrl = page.url().split("?")[0]!;

  await signInAs(page, manager);
  await page.goto(stepDownUrl);
  await page.getByRole("link", { name: "Return to social care" }).click();
  await page.getByRole("button", { name: "Return to social care" }).click();
  await expect(page).toHaveTitle(/^Error: Return the step-down/);
  await expectNoAxeViolations(page);
  await page.getByLabel("Why are you returning the step-down?").fill("Please say what the youth club does for Noah.");
  await page.getByRole("button", { name: "Return to social care" }).click();
  await expect(page.getByText("Step-down returned to social care")).toBeVisible();

  await signInAs(page, socialWorker);
  await page.goto(stepDownUrl);
  await expect(page.getByText("Please say what the youth club does for Noah.").first()).toBeVisible();
  await page.getByRole("link", { name: "Put it right and send it again" }).click();
  await arriveAt(page, "Send the step-down again");
  await page
    .getByLabel("What must carry on after the handover")
    .fill("Youth club on Tuesdays, where Noah has a mentor.");
  await page.getByRole("button", { name: "Send step-down again" }).click();
  await expect(page.getByText("Step-down sent again")).toBeVisible();
  await expect(page.getByText("Waiting for a decision")).toBeVisible();
});
