import { and, desc, eq, inArray, isNotNull, lte, or } from "drizzle-orm";
import type { Database, Queryable } from "#db/connection";
import { contacts, earlyHelpPlans, earlyHelpReviews, users } from "#db/schema";
import { addDays, type AddWorkingDays, type IsoDate } from "~/domain/early-help/calendar-date";
import { reviewStatus, type ReviewPolicy } from "~/domain/early-help/reviews";
import { statusesAwaitingDecision } from "~/domain/mash/contact-status";
import { firstDeadline } from "~/domain/mash/queue-order";
import { formatDate, formatDateTime } from "~/domain/date-format";
import { createTranslator } from "~/i18n/messages";
import { queueMessage, type QueueOptions } from "./outbox.server";

/**
 * Scheduled reminders. Each reminder's idempotency key says what it is about
 * (the contact and its deadline, the plan and its review date, the person),
 * so however many instances run the job at once, and however often, each
 * reminder is queued once.
 */

interface Recipient {
  id: string;
  name: string;
  email: string;
}

const t = createTranslator("en");

export interface ContactDeadlineSettings {
  warningMinutes: number;
}

/**
 * Contacts still waiting for a decision whose first deadline (screening by
 * the RAG rating, or the decision within one working day, as stored on the
 * contact) is within the warning window, or past: their screener hears, or
 * every MASH manager when no one has the contact. The email names the deadline.
 */
export async function queueContactDeadlineReminders(
  db: Database,
  now: Date,
  settings: ContactDeadlineSettings,
  queueOptions: Omit<QueueOptions, "idempotencyKey">,
): Promise<number> {
  const warnFrom = new Date(now.getTime() + settings.warningMinutes * 60_000);
  const due = await db
    .select({
      id: contacts.id,
      reference: contacts.reference,
      screeningDueAt: contacts.screeningDueAt,
      decisionDueAt: contacts.decisionDueAt,
      assignedTo: contacts.assignedTo,
    })
    .from(contacts)
    .where(
      and(
        inArray(contacts.status, [...statusesAwaitingDecision]),
        or(lte(contacts.screeningDueAt, warnFrom), lte(contacts.decisionDueAt, warnFrom)),
      ),
    );
  if (due.length === 0) return 0;
  const managers = await activeUsers(db, { role: "mash_manager" });
  let queued = 0;
  for (const contact of due) {
    const deadline = firstDeadline(contact);
    const passed = deadline.dueAt <= now;
    const assignee = contact.assignedTo ? await activeUsers(db, { id: contact.assignedTo }) : [];
    const recipients = assignee.length > 0 ? assignee : managers;
    for (const recipient of recipients) {
      const kind = passed ? "passed" : "approaching";
      const result = await queueMessage(
        db,
        {
          to: recipient.email,
          template: passed ? "contactDeadlinePassed" : "contactDeadlineApproaching",
          personalisation: {
            name: recipient.name,
            reference: contact.reference,
            deadline: t(`mail.deadline.${deadline.name}`),
            dueAt: formatDateTime(deadline.dueAt),
            link: `${queueOptions.appUrl}/mash/contacts/${contact.reference}`,
          },
        },
        {
          ...queueOptions,
          idempotencyKey: `contact-deadline.${kind}.${deadline.name}.${contact.id}.${recipient.id}.${deadline.dueAt.getTime()}`,
        },
      );
      if (result === "queued" || result === "delivered") queued += 1;
    }
  }
  return queued;
}

export interface DueReview {
  planId: string;
  planReference: string;
  dueOn: IsoDate;
  state: "due_soon" | "overdue";
  leadProfessional: Recipient;
}

/**
 * Open plans with a lead professional whose next review is within the
 * council's "due soon" working days, or past. The next review is the one the
 * latest review set, or one interval after the plan started.
 */
export async function findDueReviews(
  queryable: Queryable,
  now: Date,
  policy: ReviewPolicy,
  addWorkingDays: AddWorkingDays,
): Promise<DueReview[]> {
  const plans = await queryable
    .select({
      id: earlyHelpPlans.id,
      reference: earlyHelpPlans.reference,
      startedOn: earlyHelpPlans.startedOn,
      leadId: users.id,
      leadName: users.name,
      leadEmail: users.email,
    })
    .from(earlyHelpPlans)
    .innerJoin(users, eq(users.id, earlyHelpPlans.leadProfessionalId))
    .where(
      and(
        inArray(earlyHelpPlans.status, ["active", "stepped_up_pending"]),
        isNotNull(earlyHelpPlans.leadProfessionalId),
        eq(users.active, true),
      ),
    );
  const due: DueReview[] = [];
  for (const plan of plans) {
    const [latest] = await queryable
      .select({ nextReviewOn: earlyHelpReviews.nextReviewOn })
      .from(earlyHelpReviews)
      .where(eq(earlyHelpReviews.planId, plan.id))
      .orderBy(desc(earlyHelpReviews.heldOn), desc(earlyHelpReviews.recordedAt))
      .limit(1);
    const dueOn = latest?.nextReviewOn ?? addDays(plan.startedOn, policy.intervalWeeks * 7);
    const state = reviewStatus(dueOn, now, policy, addWorkingDays);
    if (state === "on_track") continue;
    due.push({
      planId: plan.id,
      planReference: plan.reference,
      dueOn,
      state,
      leadProfessional: { id: plan.leadId, name: plan.leadName, email: plan.leadEmail },
    });
  }
  return due;
}

/** Tells each plan's lead professional once when its review is due soon, and once when it is overdue. */
export async function queueReviewReminders(
  db: Database,
  now: Date,
  policy: ReviewPolicy,
  addWorkingDays: AddWorkingDays,
  queueOptions: Omit<QueueOptions, "idempotencyKey">,
): Promise<number> {
  let queued = 0;
  for (const review of await findDueReviews(db, now, policy, addWorkingDays)) {
    const result = await queueMessage(
      db,
      {
        to: review.leadProfessional.email,
        template: review.state === "overdue" ? "earlyHelpReviewOverdue" : "earlyHelpReviewDue",
        personalisation: {
          name: review.leadProfessional.name,
          planReference: review.planReference,
          dueOn: formatDate(review.dueOn),
          link: `${queueOptions.appUrl}/early-help/plans/${review.planId}`,
        },
      },
      {
        ...queueOptions,
        idempotencyKey: `plan-review.${review.state}.${review.planId}.${review.leadProfessional.id}.${review.dueOn}`,
      },
    );
    if (result === "queued" || result === "delivered") queued += 1;
  }
  return queued;
}

async function activeUsers(db: Database, filter: { id: string } | { role: "mash_manager" }): Promise<Recipient[]> {
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(and(eq(users.active, true), "id" in filter ? eq(users.id, filter.id) : eq(users.role, filter.role)));
}
