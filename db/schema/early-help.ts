import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgSequence,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { PlanAssessment } from "../../app/domain/early-help/assessment";
import { closureReasons } from "../../app/domain/early-help/closure";
import type { ConsentRecord } from "../../app/domain/early-help/consent";
import type { NetworkMeeting } from "../../app/domain/early-help/family-network";
import { outcomeAreas } from "../../app/domain/early-help/outcome-areas";
import type { Attendee } from "../../app/domain/early-help/plan";
import { planStatuses } from "../../app/domain/early-help/plan-status";
import type { ProposedLead } from "../../app/domain/early-help/step-down";
import { stepDownStatuses } from "../../app/domain/early-help/step-down";
import type { StepUpHandover } from "../../app/domain/early-help/step-up";
import { planKinds } from "../../app/domain/early-help/terminology";
import { contactChildren, contacts } from "./contacts";
import { organisations } from "./organisations";
import { users } from "./users";

export const planKind = pgEnum("plan_kind", planKinds);
export const planStatus = pgEnum("plan_status", planStatuses);
export const planOrigins = ["mash_decision", "partner", "step_down"] as const;
export const planOrigin = pgEnum("plan_origin", planOrigins);
export const outcomeArea = pgEnum("outcome_area", outcomeAreas);
export const closureReason = pgEnum("closure_reason", closureReasons);
export const stepUpDecisions = ["accepted", "not_accepted"] as const;
export const stepUpDecision = pgEnum("step_up_decision", stepUpDecisions);
export const stepDownStatus = pgEnum("step_down_status", stepDownStatuses);

/** What people quote: EH-000123 for a plan, SD-000045 for a step-down request. */
export const planReferenceSequence = pgSequence("early_help_plan_reference_seq", { startWith: 1 });
export const stepDownReferenceSequence = pgSequence("step_down_reference_seq", { startWith: 1 });

/**
 * One model for early help, Family Help and child in need (s17) plans: the
 * kind says which, and the council's vocabulary decides the words shown.
 */
export const earlyHelpPlans = pgTable(
  "early_help_plans",
  {
    id: uuid().primaryKey().defaultRandom(),
    reference: text().notNull().unique(),
    kind: planKind().notNull(),
    status: planStatus().notNull(),
    origin: planOrigin().notNull(),
    /** The MASH contact whose decision started the plan. */
    contactId: uuid().references(() => contacts.id),
    /** The MASH decision that started the plan (no foreign key: decisions belong to the MASH's tables). */
    decisionId: uuid(),
    /** The concern as the MASH summarised it when deciding on early help. */
    concernSummary: text(),
    startedOn: date({ mode: "string" }).notNull(),
    /**
     * The next review its latest review set, kept by triggers on `early_help_reviews` (migration 0028) so that every
     * way a review is written keeps it; null before the first review, when the council's interval from the start
     * applies. The coordinator's view flags overdue reviews across thousands of open plans from this alone.
     */
    nextReviewOn: date({ mode: "string" }),
    leadProfessionalId: uuid().references(() => users.id),
    /** Child in need plans only: the social worker alongside the lead practitioner. */
    socialWorkerId: uuid().references(() => users.id),
    /** Null until recorded; a plan from the MASH asks for the family's consent to the plan itself. */
    consent: jsonb().$type<ConsentRecord>(),
    assessment: jsonb().$type<PlanAssessment>(),
    /** Ofsted's Annex A list 2 reports when an assessment started and was completed, and by which organisation. */
    assessmentStartedOn: date({ mode: "string" }),
    assessmentCompletedOn: date({ mode: "string" }),
    assessmentOrganisationId: uuid().references(() => organisations.id),
    networkMeeting: jsonb().$type<NetworkMeeting>(),
    /** The MASH's answer to the latest step-up. */
    stepUpDecision: stepUpDecision(),
    closedOn: date({ mode: "string" }),
    closureReason: closureReason(),
    closureOtherReason: text(),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true })
      .notNull()
      .default(sql`now()`),
    updatedAt: timestamp({ withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (table) => [
    index("early_help_plans_status_idx").on(table.status, table.startedOn),
    index("early_help_plans_lead_idx").on(table.leadProfessionalId),
    // A social worker's list of plans finds theirs by this, as a lead professional's does by the one above.
    index("early_help_plans_social_worker_idx").on(table.socialWorkerId),
    index("early_help_plans_contact_idx").on(table.contactId),
  ],
);

/**
 * The family's children. A child the MASH matched to a person record is linked
 * by `personId`; a child not (yet) matched is known by the contact's child row.
 * Names are copied either way, so the plan reads the same whichever it is.
 */
export const earlyHelpPlanChildren = pgTable(
  "early_help_plan_children",
  {
    id: uuid().primaryKey().defaultRandom(),
    planId: uuid()
      .notNull()
      .references(() => earlyHelpPlans.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    /** A `persons` row (the MASH's person records); no foreign key so the two areas can migrate apart. */
    personId: uuid(),
    contactChildId: uuid().references(() => contactChildren.id),
    firstName: text(),
    lastName: text().notNull(),
    dateOfBirth: date({ mode: "string" }),
    dueDate: date({ mode: "string" }),
    sex: text(),
  },
  (table) => [
    uniqueIndex("early_help_plan_children_position_idx").on(table.planId, table.position),
    index("early_help_plan_children_person_idx").on(table.personId),
  ],
);

/**
 * The team around the family: people with an account (who then see the plan),
 * or people outside the portal with their agency and contact details. Removing
 * someone keeps the row, so the plan shows who was on the team when.
 */
export const earlyHelpTeamMembers = pgTable(
  "early_help_team_members",
  {
    id: uuid().primaryKey().defaultRandom(),
    planId: uuid()
      .notNull()
      .references(() => earlyHelpPlans.id, { onDelete: "cascade" }),
    userId: uuid().references(() => users.id),
    /** For people outside the portal; for users these come from their account. */
    name: text(),
    agency: text(),
    role: text(),
    email: text(),
    phone: text(),
    addedBy: uuid()
      .notNull()
      .references(() => users.id),
    addedAt: timestamp({ withTimezone: true })
      .notNull()
      .default(sql`now()`),
    removedBy: uuid().references(() => users.id),
    removedAt: timestamp({ withTimezone: true }),
  },
  (table) => [
    index("early_help_team_members_plan_idx").on(table.planId),
    index("early_help_team_members_user_idx")
      .on(table.userId)
      .where(sql`removed_at is null`),
    check("early_help_team_members_who", sql`user_id is not null or name is not null`),
  ],
);

/** People from the family's own network (grandparents, friends, neighbours) who take part in the plan. */
export const earlyHelpNetworkMembers = pgTable(
  "early_help_network_members",
  {
    id: uuid().primaryKey().defaultRandom(),
    planId: uuid()
      .notNull()
      .references(() => earlyHelpPlans.id, { onDelete: "cascade" }),
    name: text().notNull(),
    relationship: text().notNull(),
    phone: text(),
    contribution: text(),
    addedAt: timestamp({ withTimezone: true })
      .notNull()
      .default(sql`now()`),
    removedAt: timestamp({ withTimezone: true }),
  },
  (table) => [index("early_help_network_members_plan_idx").on(table.planId)],
);

export const earlyHelpGoals = pgTable(
  "early_help_goals",
  {
    id: uuid().primaryKey().defaultRandom(),
    planId: uuid()
      .notNull()
      .references(() => earlyHelpPlans.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    outcomeArea: outcomeArea().notNull(),
    need: text().notNull(),
    description: text().notNull(),
    setOn: date({ mode: "string" }).notNull(),
    baselineScore: integer().notNull(),
    targetScore: integer().notNull(),
    endedOn: date({ mode: "string" }),
  },
  (table) => [
    uniqueIndex("early_help_goals_position_idx").on(table.planId, table.position),
    check("early_help_goals_scores", sql`baseline_score between 0 and 10 and target_score between 0 and 10`),
  ],
);

export const earlyHelpActions = pgTable(
  "early_help_actions",
  {
    id: uuid().primaryKey().defaultRandom(),
    planId: uuid()
      .notNull()
      .references(() => earlyHelpPlans.id, { onDelete: "cascade" }),
    goalId: uuid()
      .notNull()
      .references(() => earlyHelpGoals.id, { onDelete: "cascade" }),
    what: text().notNull(),
    who: text().notNull(),
    byWhen: date({ mode: "string" }).notNull(),
    doneOn: date({ mode: "string" }),
    createdAt: timestamp({ withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (table) => [index("early_help_actions_plan_idx").on(table.planId)],
);

export const earlyHelpReviews = pgTable(
  "early_help_reviews",
  {
    id: uuid().primaryKey().defaultRandom(),
    planId: uuid()
      .notNull()
      .references(() => earlyHelpPlans.id, { onDelete: "cascade" }),
    heldOn: date({ mode: "string" }).notNull(),
    attendees: jsonb().$type<Attendee[]>().notNull(),
    whatChanged: text().notNull(),
    nextReviewOn: date({ mode: "string" }).notNull(),
    recordedBy: uuid()
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp({ withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  // A plan's latest review (and the next review it set) from the index alone: the triggers that keep each plan's
  // next review look it up whenever a review is written.
  (table) => [
    index("early_help_reviews_plan_idx").on(
      table.planId,
      // Descending as PostgreSQL's default (nulls first), so that "order by held_on desc" is the index's order.
      table.heldOn.desc().nullsFirst(),
      table.recordedAt.desc().nullsFirst(),
      table.nextReviewOn,
    ),
  ],
);

/** A goal's score at a review, or (with no review) its final score when the plan closed. */
export const earlyHelpGoalScores = pgTable(
  "early_help_goal_scores",
  {
    id: uuid().primaryKey().defaultRandom(),
    goalId: uuid()
      .notNull()
      .references(() => earlyHelpGoals.id, { onDelete: "cascade" }),
    reviewId: uuid().references(() => earlyHelpReviews.id, { onDelete: "cascade" }),
    scoredOn: date({ mode: "string" }).notNull(),
    score: integer().notNull(),
  },
  (table) => [
    uniqueIndex("early_help_goal_scores_review_idx").on(table.goalId, table.reviewId),
    // The report's goals scored in a window, and each one's latest score without a sort.
    index("early_help_goal_scores_scored_idx").on(table.scoredOn),
    index("early_help_goal_scores_latest_idx").on(table.goalId, table.scoredOn.desc(), table.id),
    check("early_help_goal_scores_range", sql`score between 0 and 10`),
  ],
);

/** A request for social care involvement: the MASH contact it became, and what it carried. */
export const earlyHelpStepUps = pgTable(
  "early_help_step_ups",
  {
    id: uuid().primaryKey().defaultRandom(),
    planId: uuid()
      .notNull()
      .references(() => earlyHelpPlans.id, { onDelete: "cascade" }),
    contactId: uuid()
      .notNull()
      .unique()
      .references(() => contacts.id),
    handover: jsonb().$type<StepUpHandover>().notNull(),
    requestedBy: uuid()
      .notNull()
      .references(() => users.id),
    requestedAt: timestamp({ withTimezone: true })
      .notNull()
      .default(sql`now()`),
    decision: stepUpDecision(),
    decidedAt: timestamp({ withTimezone: true }),
  },
  (table) => [index("early_help_step_ups_plan_idx").on(table.planId, table.requestedAt)],
);

export interface StepDownChild {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  personId: string | null;
}

/** Each send, return and acceptance, so a request that went back and forth shows why. */
export interface StepDownEvent {
  type: "sent" | "returned" | "resent" | "accepted";
  at: string;
  byName: string;
  reasons?: string;
}

/** Social care handing a family to early help, waiting for the early help manager's answer. */
export const stepDownRequests = pgTable(
  "step_down_requests",
  {
    id: uuid().primaryKey().defaultRandom(),
    reference: text().notNull().unique(),
    status: stepDownStatus().notNull().default("pending"),
    kind: planKind().notNull(),
    children: jsonb().$type<StepDownChild[]>().notNull(),
    handoverSummary: text().notNull(),
    currentRisks: text().notNull(),
    mustContinue: text().notNull(),
    consent: jsonb().$type<ConsentRecord>().notNull(),
    proposedLead: jsonb().$type<ProposedLead>().notNull(),
    requestedBy: uuid()
      .notNull()
      .references(() => users.id),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id),
    /** Set when a MASH decision made the request. */
    contactId: uuid().references(() => contacts.id),
    decisionId: uuid(),
    submittedAt: timestamp({ withTimezone: true }).notNull(),
    dueAt: timestamp({ withTimezone: true }).notNull(),
    decidedBy: uuid().references(() => users.id),
    decidedAt: timestamp({ withTimezone: true }),
    transitionMeetingOn: date({ mode: "string" }),
    returnReasons: text(),
    planId: uuid().references(() => earlyHelpPlans.id),
    history: jsonb().$type<StepDownEvent[]>().notNull(),
    createdAt: timestamp({ withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (table) => [
    index("step_down_requests_status_idx").on(table.status, table.dueAt),
    index("step_down_requests_requested_by_idx").on(table.requestedBy),
  ],
);

export type PlanRow = typeof earlyHelpPlans.$inferSelect;
export type StepDownRow = typeof stepDownRequests.$inferSelect;
