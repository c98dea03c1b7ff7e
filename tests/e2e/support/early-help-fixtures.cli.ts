/**
 * Arranges early help data in the end-to-end database, run with tsx by the
 * Playwright fixtures (Playwright's loader cannot import the app's JSON data).
 * Usage: tsx early-help-fixtures.cli.ts <command> '<json arguments>'; prints the result as JSON.
 */
import { createDatabase } from "#db/connection";
import { currentUser } from "#tests/support/current-user";
import { insertDecidedContact } from "#tests/support/early-help-fixtures";
import type { CurrentUser } from "~/auth/session.server";

const [command, argumentText = "{}"] = process.argv.slice(2);
const args = JSON.parse(argumentText) as Record<string, unknown>;
const { db, close } = createDatabase(process.env.DATABASE_URL!, { max: 2 });

const actorFor = (user: CurrentUser) => ({ user, ipAddress: null, correlationId: "e2e" });

/** A contact the MASH decided "early help" `weeksAgo`, whose decision started a plan then. */
async function planFromMashDecision() {
  const { createPlanFromDecision } = await import("~/services/early-help-plans.server");
  const child = args.child as { firstName: string; lastName: string };
  const decidedAt = new Date(Date.now() - Number(args.weeksAgo) * 7 * 86_400_000);
  const contact = await insertDecidedContact(db, {
    referrerEmail: "dsl@northmoor-primary.example",
    screenerEmail: "screener@northmoor-mash.example",
    children: [{ ...child, dateOfBirth: "2016-05-04", sex: "female" }],
    outcome: "early_help_taf",
    concern: `${child.firstName} has missed a third of school days this term and often arrives hungry.`,
    feedback: "We have asked the early help team to set up a plan with the family.",
    submittedAt: decidedAt,
  });
  const screener = await currentUser(db, "screener@northmoor-mash.example");
  const { planId } = await db.transaction((tx) =>
    createPlanFromDecision(
      tx,
      {
        contactId: contact.contactId,
        childPersonIds: contact.childPersonIds,
        decisionId: contact.decisionId,
        concernSummary: "Poor school attendance and signs of neglect at home.",
        actor: actorFor(screener),
      },
      decidedAt,
    ),
  );
  return { planId, contactReference: contact.reference };
}

const commands: Record<string, () => Promise<unknown>> = { planFromMashDecision };

try {
  const run = command ? commands[command] : undefined;
  if (!run) throw new Error(`Unknown command ${command}`);
  process.stdout.write(JSON.stringify(await run()));
} finally {
  await close();
  const { closeDatabase } = await import("~/db.server");
  await closeDatabase();
}
