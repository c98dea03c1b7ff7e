import { and, eq } from "drizzle-orm";
import type { Transaction } from "#db/connection";
import { users, type ContactRow } from "#db/schema";
import { config } from "~/config.server";
import type { PrimaryNeedCode } from "~/domain/contact/census";
import { sendMail } from "~/mail/mailer.server";
import { mashPaths } from "~/mash-paths";
import { type AuditActor } from "./audit.server";
import { makeReferrals } from "./referrals.server";
import { createPlanFromDecision } from "./early-help-plans.server";
import { syncStepUpDecision } from "./early-help-step-ups.server";
import { mashSettings } from "./mash-settings.server";

/** What a decision sets going: the referrer told, the managers asked to sign off, and the follow-on work started. */
/** The referrer hears once the decision stands: a link to sign in, and nothing about the child in the email. */
export async function tellReferrer(tx: Transaction, contact: ContactRow) {
  // A partner who submitted it, or who confirmed in writing the contact the MASH typed up from their call.
  const referrerId = contact.submittedBy ?? contact.confirmedBy;
  if (!referrerId) return;
  const [referrer] = await tx
    .select({ name: users.name, email: users.email })
    .from(users)
    .where(eq(users.id, referrerId));
  if (!referrer) return;
  await sendMail(tx, {
    to: referrer.email,
    template: "decisionRecorded",
    personalisation: {
      name: referrer.name,
      reference: contact.reference,
      link: `${config().appUrl}${mashPaths.referrerContact(contact.reference)}`,
    },
  });
}

/**
 * Once a decision stands: a step-up gets the MASH's answer on its plan,
 * children accepted for a social care response become referrals, and
 * children given an outcome that leads to an early help plan get one (or join
 * the family's open plan), with the referrer's account of the worry.
 */
export async function startFollowOnWork(
  tx: Transaction,
  actor: AuditActor,
  contact: ContactRow,
  decision: { id: string; primaryNeed: PrimaryNeedCode | null },
  children: { contactChildId: string; personId: string | null; outcome: string }[],
  now: Date,
) {
  const decisionId = decision.id;
  await syncStepUpDecision(tx, actor, contact.id, now);
  await makeReferrals(tx, actor, contact, decision, children);
  const planOutcomes = new Set(
    mashSettings.outcomes.filter((outcome) => outcome.followOn === "early_help_plan").map((outcome) => outcome.id),
  );
  const chosen = children.filter((child) => planOutcomes.has(child.outcome));
  if (chosen.length === 0) return;
  await createPlanFromDecision(
    tx,
    {
      contactId: contact.id,
      childPersonIds: chosen.flatMap((child) => (child.personId ? [child.personId] : [])),
      contactChildIds: chosen.filter((child) => !child.personId).map((child) => child.contactChildId),
      decisionId,
      concernSummary: contact.answers.concern?.worry ?? "",
      actor,
    },
    now,
  );
}

export async function tellManagers(tx: Transaction, contact: ContactRow) {
  const managers = await tx
    .select({ name: users.name, email: users.email })
    .from(users)
    .where(and(eq(users.role, "mash_manager"), eq(users.active, true)));
  for (const recipient of managers) {
    await sendMail(tx, {
      to: recipient.email,
      template: "signOffAwaiting",
      personalisation: {
        name: recipient.name,
        reference: contact.reference,
        link: `${config().appUrl}${mashPaths.signOff(contact.reference)}`,
      },
    });
  }
}
