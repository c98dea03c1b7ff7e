import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { devMail } from "#db/schema";
import { seedDemoData } from "#db/seed";
import type { CurrentUser } from "~/auth/session.server";
import { addDays, calendarDate } from "~/domain/early-help/calendar-date";
import {
  acceptStepDown,
  createStepDownRequest,
  resendStepDown,
  returnStepDown,
  type StepDownInput,
} from "~/services/early-help-step-downs.server";
import { actorFor, currentUser } from "#tests/support/current-user";
import { useTestDatabase } from "#tests/support/test-database";

const { db } = useTestDatabase();
const today = () => calendarDate(new Date());
let socialWorker: CurrentUser;
let manager: CurrentUser;

const request: StepDownInput = {
  children: [{ firstName: "Maya", lastName: "Patel", dateOfBirth: "2014-09-30" }],
  handoverSummary: "Twelve weeks of child in need work; the home is now safe and calm.",
  currentRisks: "Low: the family could struggle again under stress.",
  mustContinue: "Weekly check-ins with the school nurse.",
  consent: {
    givenBy: { name: "Sarah Okafor", relationship: "mother" },
    givenOn: today(),
    purposes: ["assessment", "plan", "information_sharing"],
    withdrawal: null,
  },
  proposedLead: { type: "organisation", organisation: "Northmoor Primary School" },
};

beforeAll(async () => {
  await seedDemoData(db(), { password: "a demo password for tests", nodeEnv: "test" });
  socialWorker = await currentUser(db(), "social.worker@northmoor-social-care.example");
  manager = await currentUser(db(), "manager@northmoor-early-help.example");
});

/** Development delivery: each email is in dev_mail as soon as its change commits. */
async function mailTo(email: string) {
  const rows = await db().select().from(devMail).where(eq(devMail.recipient, email));
  return rows.map((row) => [row.template, row.personalisation.reference]);
}

describe("step-down emails", () => {
  it("tell early help a step-down is waiting, and the social worker whether it was returned or accepted", async () => {
    const sent = await createStepDownRequest(actorFor(socialWorker), socialWorker, request);
    if (!sent.ok) throw new Error(JSON.stringify(sent.errors));
    expect(await mailTo(manager.email)).toEqual([["stepDownAwaitingAcceptance", sent.reference]]);

    await returnStepDown(actorFor(manager), manager, sent.id, { reasons: "Please add the school's view." });
    expect(await mailTo(socialWorker.email)).toEqual([["stepDownDeclined", sent.reference]]);

    await resendStepDown(actorFor(socialWorker), socialWorker, sent.id, request);
    expect(await mailTo(manager.email)).toHaveLength(2);

    const accepted = await acceptStepDown(actorFor(manager), manager, sent.id, {
      transitionMeetingOn: addDays(today(), 7),
    });
    expect(accepted.ok).toBe(true);
    expect(await mailTo(socialWorker.email)).toEqual([
      ["stepDownDeclined", sent.reference],
      ["stepDownAccepted", sent.reference],
    ]);
    const [email] = await db().select().from(devMail).where(eq(devMail.template, "stepDownAccepted"));
    expect(email!.personalisation.link).toMatch(new RegExp(`/early-help/step-downs/${sent.id}$`));
    // The child's name never goes into an email.
    expect(JSON.stringify(email!.personalisation)).not.toMatch(/Maya|Patel/);
  });
});
