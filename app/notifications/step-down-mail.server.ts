import { and, eq } from "drizzle-orm";
import type { Queryable } from "#db/connection";
import { users } from "#db/schema";
import { config } from "~/config.server";
import { sendMail } from "~/mail/mailer.server";

interface StepDownRef {
  id: string;
  reference: string;
}

const link = (stepDown: StepDownRef) => `${config().appUrl}/early-help/step-downs/${stepDown.id}`;

/** A step-down (new or sent again) is waiting: every early help manager may accept it, so each is told. */
export async function mailStepDownAwaitingAcceptance(queryable: Queryable, stepDown: StepDownRef): Promise<void> {
  const managers = await queryable
    .select({ name: users.name, email: users.email })
    .from(users)
    .where(and(eq(users.role, "early_help_manager"), eq(users.active, true)));
  for (const manager of managers) {
    await sendMail(queryable, {
      to: manager.email,
      template: "stepDownAwaitingAcceptance",
      personalisation: { name: manager.name, reference: stepDown.reference, link: link(stepDown) },
    });
  }
}

/** Tells the social worker who asked what early help decided. */
export async function mailStepDownDecided(
  queryable: Queryable,
  stepDown: StepDownRef & { requestedBy: string },
  result: "accepted" | "returned",
): Promise<void> {
  const [requester] = await queryable
    .select({ name: users.name, email: users.email })
    .from(users)
    .where(and(eq(users.id, stepDown.requestedBy), eq(users.active, true)));
  if (!requester) return;
  await sendMail(queryable, {
    to: requester.email,
    template: result === "accepted" ? "stepDownAccepted" : "stepDownDeclined",
    personalisation: { name: requester.name, reference: stepDown.reference, link: link(stepDown) },
  });
}
