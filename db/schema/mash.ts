import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigserial,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { informationCheckAgencies } from "../../app/domain/mash/agencies";
import { contactChildren, contacts, ragRating } from "./contacts";
import { users } from "./users";

/**
 * The children the council knows, across contacts: what a child in a new
 * contact is matched and linked to, so that their history follows them.
 * `normalisedName` is the first and last name as the matcher reads them
 * (`normaliseName`), kept here so that a trigram index can serve name searches.
 */
export const persons = pgTable(
  "persons",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    firstName: text("first_name"),
    lastName: text("last_name").notNull(),
    normalisedName: text("normalised_name").notNull(),
    dateOfBirth: date("date_of_birth"),
    /**
     * An unborn child's expected date of delivery, and the expectant mother:
     * what tells one pregnancy from another. Kept once the baby is born and
     * the date of birth recorded, so a later contact about the pregnancy still finds them.
     */
    expectedDeliveryDate: date("expected_delivery_date"),
    motherFirstName: text("mother_first_name"),
    motherLastName: text("mother_last_name"),
    motherDateOfBirth: date("mother_date_of_birth"),
    sex: text("sex").notNull(),
    nhsNumber: text("nhs_number"),
    postcode: text("postcode"),
    addressLine1: text("address_line1"),
    addressLine2: text("address_line2"),
    town: text("town"),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true })
      .notNull()
      .default(sql`now()`),
    /** Set when this record was found to be the same child as another and merged into it; matching skips it. */
    mergedIntoId: uuid("merged_into_id").references((): AnyPgColumn => persons.id),
  },
  (table) => [
    index("persons_normalised_name_trgm_idx").using("gin", table.normalisedName.op("gin_trgm_ops")),
    // The name and id ride along so that matching reads the index alone: a date-of-birth window's few hundred
    // people otherwise sit on as many heap pages (EXPLAIN ANALYZE at 300,000 persons: 5-19 ms down to about 1 ms).
    index("persons_date_of_birth_name_idx").on(table.dateOfBirth, table.normalisedName, table.id),
    index("persons_postcode_name_idx").on(table.postcode, table.normalisedName, table.id),
    index("persons_nhs_number_idx").on(table.nhsNumber),
    index("persons_expected_delivery_date_idx")
      .on(table.expectedDeliveryDate)
      .where(sql`expected_delivery_date is not null`),
  ],
);

/**
 * Two person records found to be the same child, merged: the contacts and
 * plans of `mergedPersonId` were moved to `keptPersonId`, and exactly which
 * rows moved is kept, so that a merge made in error can be undone.
 */
export const personMerges = pgTable(
  "person_merges",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    keptPersonId: uuid("kept_person_id")
      .notNull()
      .references(() => persons.id),
    mergedPersonId: uuid("merged_person_id")
      .notNull()
      .references(() => persons.id),
    movedContactChildIds: uuid("moved_contact_child_ids").array().notNull(),
    movedPlanChildIds: uuid("moved_plan_child_ids").array().notNull(),
    reason: text("reason").notNull(),
    mergedBy: uuid("merged_by")
      .notNull()
      .references(() => users.id),
    mergedAt: timestamp("merged_at", { withTimezone: true })
      .notNull()
      .default(sql`now()`),
    unmergedBy: uuid("unmerged_by").references(() => users.id),
    unmergedAt: timestamp("unmerged_at", { withTimezone: true }),
    unmergeReason: text("unmerge_reason"),
  },
  (table) => [
    index("person_merges_kept_idx").on(table.keptPersonId, table.mergedAt),
    // A record is merged into one other at a time.
    uniqueIndex("person_merges_one_standing_idx")
      .on(table.mergedPersonId)
      .where(sql`unmerged_at is null`),
  ],
);

export const personLinkEvent = pgEnum("person_link_event", ["linked", "unlinked"]);

/** Every link and unlink of a child in a contact to a person record, with who, when and why: links can be wrong. */
export const personLinks = pgTable(
  "person_links",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    contactChildId: uuid("contact_child_id")
      .notNull()
      .references(() => contactChildren.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => persons.id),
    event: personLinkEvent("event").notNull(),
    /** Why a link was undone; for a link, the match reasons shown when it was made. */
    reason: text("reason"),
    matchScore: integer("match_score"),
    actorId: uuid("actor_id")
      .notNull()
      .references(() => users.id),
    occurredAt: timestamp("occurred_at", { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (table) => [index("person_links_child_idx").on(table.contactChildId, table.occurredAt)],
);

export const informationCheckAgency = pgEnum("information_check_agency", informationCheckAgencies);

/** A question a screener asks a partner agency in the MASH about a family, and its answer. */
export const informationChecks = pgTable(
  "information_checks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    contactId: uuid("contact_id")
      .notNull()
      .references(() => contacts.id, { onDelete: "cascade" }),
    agency: informationCheckAgency("agency").notNull(),
    question: text("question").notNull(),
    requestedBy: uuid("requested_by")
      .notNull()
      .references(() => users.id),
    requestedAt: timestamp("requested_at", { withTimezone: true })
      .notNull()
      .default(sql`now()`),
    /** From the contact's RAG rating when asked, on the working-day clock. */
    dueAt: timestamp("due_at", { withTimezone: true }).notNull(),
    answer: text("answer"),
    answeredBy: uuid("answered_by").references(() => users.id),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
  },
  (table) => [
    index("information_checks_contact_idx").on(table.contactId, table.requestedAt),
    index("information_checks_open_idx")
      .on(table.agency, table.dueAt)
      .where(sql`answered_at is null`),
  ],
);

/**
 * `recorded`: stands without sign-off. `awaiting_sign_off`: waits for a
 * manager, who approves it (`approved`, it stands) or returns it (`returned`,
 * kept as history; the screener records a new decision).
 */
export const decisionStates = ["recorded", "awaiting_sign_off", "approved", "returned"] as const;
export const decisionState = pgEnum("decision_state", decisionStates);

/** A screener's threshold decision on a contact: the reasoning and the feedback, shared by its children's outcomes. */
export const decisions = pgTable(
  "decisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    contactId: uuid("contact_id")
      .notNull()
      .references(() => contacts.id, { onDelete: "cascade" }),
    rag: ragRating("rag").notNull(),
    rationale: text("rationale").notNull(),
    /** For the MASH only: never shown to the referrer. */
    internalNotes: text("internal_notes"),
    /** Written for the referrer: what was decided and what they should do. */
    referrerFeedback: text("referrer_feedback").notNull(),
    state: decisionState("state").notNull(),
    recordedBy: uuid("recorded_by")
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp("recorded_at", { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (table) => [
    index("decisions_contact_idx").on(table.contactId, table.recordedAt),
    index("decisions_awaiting_sign_off_idx")
      .on(table.recordedAt)
      .where(sql`state = 'awaiting_sign_off'`),
    // A contact has at most one decision that stands, and at most one waiting for a manager.
    uniqueIndex("decisions_one_standing_idx")
      .on(table.contactId)
      .where(sql`state in ('recorded', 'approved')`),
    uniqueIndex("decisions_one_awaiting_idx")
      .on(table.contactId)
      .where(sql`state = 'awaiting_sign_off'`),
  ],
);

/** The outcome for each child: siblings in one contact can need different things. */
export const childDecisions = pgTable(
  "child_decisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    decisionId: uuid("decision_id")
      .notNull()
      .references(() => decisions.id, { onDelete: "cascade" }),
    contactChildId: uuid("contact_child_id")
      .notNull()
      .references(() => contactChildren.id, { onDelete: "cascade" }),
    decidedLevel: integer("decided_level").notNull(),
    /** An outcome id from the council's outcome list (`app/domain/mash/outcomes.ts`). */
    outcome: text("outcome").notNull(),
  },
  (table) => [
    uniqueIndex("child_decisions_child_idx").on(table.decisionId, table.contactChildId),
    index("child_decisions_contact_child_idx").on(table.contactChildId),
  ],
);

export const signOffResult = pgEnum("sign_off_result", ["approved", "returned"]);

/** A manager's answer to a decision waiting for sign-off; one per decision. */
export const signOffs = pgTable(
  "sign_offs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    decisionId: uuid("decision_id")
      .notNull()
      .references(() => decisions.id, { onDelete: "cascade" }),
    result: signOffResult("result").notNull(),
    comment: text("comment"),
    managerId: uuid("manager_id")
      .notNull()
      .references(() => users.id),
    occurredAt: timestamp("occurred_at", { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (table) => [uniqueIndex("sign_offs_decision_idx").on(table.decisionId)],
);

export type PersonRow = typeof persons.$inferSelect;
export type PersonMergeRow = typeof personMerges.$inferSelect;
export type InformationCheckRow = typeof informationChecks.$inferSelect;
export type DecisionRow = typeof decisions.$inferSelect;
