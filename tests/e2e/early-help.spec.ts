import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { fillDate, isoDaysAgo, planFromMashDecision, radio, signInAs } from "./support/early-help";

const manager = "manager@northmoor-early-help.example";
const schoolLead = "dsl@northmoor-primary.example";
const healthVisitor = "health.visitor@northmoor-health.example";
const otherSchool = "dsl@riverside-academy.example";
const socialWorker = "social.worker@northmoor-social-care.example";
const screener = "screener@northmoor-mash.example";
const mashManager = "manager@northmoor-mash.example";

async function openPlan(page: Page, planId: string) {
  await page.goto(`/early-help/plans/${planId}`);
  await expect(page.locator(".govuk-caption-l")).toContainText("Early help plan EH-");
}

test("a MASH early help decision becomes a plan that is led, reviewed, stepped up and closed", async ({ page }) => {
  // A long journey through many pages, each checked with axe, on a machine shared with other builds.
  test.setTimeout(600_000);
  const { planId } = await planFromMashDecision({ weeksAgo: 13, child: { firstName: "Amira", lastName: "Okafor" } });

  // The early help manager allocates a school safeguarding lead and adds a health visitor to the team.
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
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Add someone with an account" }).click();
  await expectNoAxeViolations(page);
  await page
    .getByLabel("Person")
    .selectOption({ label: "Grace Okafor, Health visitor, Northmoor Health Visiting Team" });
  await page.getByRole("button", { name: "Add to team" }).click();
  await expect(page.getByRole("cell", { name: "Grace Okafor", exact: true })).toBeVisible();

  // The school safeguarding lead records consent, a goal and two reviews with improving scores.
  await signInAs(page, schoolLead);
  await page.goto("/early-help");
  await expectNoAxeViolations(page);
  await page
    .getByRole("link", { name: /Amira Okafor/ })
    .first()
    .click();
  await page.getByRole("link", { name: "Family's consent" }).click();
  await expectNoAxeViolations(page);
  await page.locator("#givenBy-name").fill("Sarah Okafor");
  await page.locator("#givenBy-relationship").fill("mother");
  await fillDate(page, "givenOn", isoDaysAgo(88));
  await page.getByLabel("Work with the family on a plan").check();
  await page.getByLabel("Share information about the family").check();
  await page.getByRole("button", { name: "Record consent" }).click();
  await expect(page.getByText("Your changes have been saved")).toBeVisible();

  await page.getByRole("link", { name: "Add a goal" }).click();
  await expectNoAxeViolations(page);
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
    await page.getByLabel("What has changed since the last review?").fill("Amira is at breakfast club most mornings.");
    if (daysAgo === 0) await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Record review" }).click();
    await expect(page.getByText("Your changes have been saved")).toBeVisible();
  }
  await expect(page.getByRole("definition").filter({ hasText: "Improving" })).toBeVisible();

  // The health visitor sees the plan among theirs, with its trend, and its chart.
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

  // The lead steps the plan up; the MASH decides; the lead sees the outcome and closes the plan.
  await signInAs(page, schoolLead);
  await openPlan(page, planId);
  await page.getByRole("link", { name: /step-up/ }).click();
  await expectNoAxeViolations(page);
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
  const contactReference = (await pending.textContent())!.match(/FD-\d{6}/)![0];

  // The MASH screens the step-up like any contact, with the plan in front of the screener, and decides.
  await signInAs(page, screener);
  await page.goto(`/mash/contacts/${contactReference}`);
  const handover = page.getByRole("region", { name: /Step-up from early help plan EH-\d{6}/ });
  await expect(handover).toContainText("Amira told her teacher that her mother's partner hits her.");
  await expect(handover.getByText(/: 3; .*: 5; .*: 7 \(target 8\)/)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Claim this contact" }).click();
  await page.getByRole("link", { name: "Record a decision" }).click();
  await radio(page, "RAG rating", "Amber").check();
  await radio(page, "Level of need", "Level 4: Specialist: statutory").check();
  await radio(page, "Outcome", "Social care assessment (section 17)").check();
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
  }

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

  // A partner who is not on the plan cannot open it.
  await signInAs(page, otherSchool);
  const response = await page.goto(`/early-help/plans/${planId}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
});

test("a social worker steps a family down and the early help manager accepts it @no-js", async ({ page }) => {
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
