import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgEnum,
  pgSequence,
  pgTable,
  text,
  timestamp,
  smallint,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { contactChannels, individualRelationships, referrerKinds } from "../../app/domain/contact/channels";
import type { ContactDraftAnswers } from "../../app/domain/contact/journey";
import type { PublicConcernAnswers } from "../../app/domain/contact/public-concern";
import { contactStatuses, statusesAwaitingDecision } from "../../app/domain/mash/contact-status";
// A cycle, as contact_children and persons refer to each other; each reference is read only once both are loaded.
import { persons } from "./mash";
import { organisations } from "./organisations";
import { ragRating } from "./rag";
import { thresholdDocuments } from "./thresholds";
import { users } from "./users";

/**
 * Undecided contacts, as a literal list (not parameters) so that the planner
 * can match a query's condition to the queue's partial index in every plan.
 */
export const awaitingDecision = sql.raw(
  `status in (${statusesAwaitingDecision.map((status) => `'${status}'`).join(", ")})`,
);

/** Drafts are the referrer's own until submitted; the answers are the journey's typed answers, saved page by page. */
export const contactDrafts = pgTable(
  "contact_drafts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    thresholdDocumentId: uuid("threshold_document_id")
      .notNull()
      .references(() => thresholdDocuments.id),
    answers: jsonb("answers").$type<ContactDraftAnswers>().notNull(),
    /**
     * What was typed on a page but not yet valid (a page sent back with errors,
     * or left with "Save and come back later"), keyed by page, so that coming
     * back to the page shows it again. Cleared for a page when it is saved.
     */
    unsavedInput: jsonb("unsaved_input").$type<Record<string, unknown>>().notNull().default({}),
    /** Set in the same transaction as the contact, so a second submit finds it and returns the same contact. */
    submittedContactId: uuid("submitted_contact_id"),
    createdAt: timestamp("created_at", { withTimezone: true })
      .notNull()
      .default(sql`now()`),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (table) => [
    index("contact_drafts_creator_idx").on(table.createdBy, table.updatedAt),
    // The hourly purge looks for drafts untouched for 30 days.
    index("contact_drafts_updated_idx").on(table.updatedAt),
  ],
);

export const contactReferenceSequence = pgSequence("contact_reference_seq", { startWith: 1 });

export const contactStatus = pgEnum("contact_status", contactStatuses);

export const contactChannel = pgEnum("contact_channel", contactChannels);
export const referrerKind = pgEnum("referrer_kind", referrerKinds);
export const individualRelationship = pgEnum("individual_relationship", individualRelationships);

/**
 * Every contact, however it arrived (`channel`): a partner's through the
 * portal, one the MASH recorded from a phone call, email, letter, visit or
 * police notification, or a member of the public's online concern.
 *
 * For reports: the date of contact is `receivedAt` (the clock starts then);
 * the census source is `referralSource`; the referrer's organisation is
 * `organisationId`, null when the referrer was not a professional from an
 * organisation the portal knows.
 */
export const contacts = pgTable(
  "contacts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** What people quote on the phone: FD-000123. */
    reference: text("reference").notNull().unique(),
    channel: contactChannel("channel").notNull().default("portal"),
    /** The referrer's organisation, whose members see the contact in their list; null for an individual, anonymous or unknown organisation. */
    organisationId: uuid("organisation_id").references(() => organisations.id),
    /** The partner who submitted it through the portal; null for a contact the MASH recorded or the public made. */
    submittedBy: uuid("submitted_by").references(() => users.id),
    /** The MASH user who recorded a contact received by another route. */
    recordedBy: uuid("recorded_by").references(() => users.id),
    /** When the contact reached the portal (submitted, or typed up by the MASH). */
    submittedAt: timestamp("submitted_at", { withTimezone: true })
      .notNull()
      .default(sql`now()`),
    /** When the council actually received it: the same as `submittedAt` through the portal; the call's time for a phoned one. Deadlines count from here. */
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull(),
    referrerKind: referrerKind("referrer_kind").notNull().default("professional"),
    /** For a named individual: their relationship to the child (census 1A to 1D). */
    referrerRelationship: individualRelationship("referrer_relationship"),
    thresholdDocumentId: uuid("threshold_document_id")
      .notNull()
      .references(() => thresholdDocuments.id),
    /**
     * DfE Children in Need census source code (`referralSources`), derived
     * when the contact is made (`deriveReferralSource`); a screener may
     * correct it, and the correction is audited.
     */
    referralSource: text("referral_source").notNull(),
    immediateDanger: boolean("immediate_danger").notNull(),
    /** Everything the referrer answered, as submitted: the record of what they said. Empty for a public concern. */
    answers: jsonb("answers").$type<ContactDraftAnswers>().notNull(),
    /** A member of the public's online concern, as they wrote it. */
    publicConcern: jsonb("public_concern").$type<PublicConcernAnswers>(),
    descriptorIds: text("descriptor_ids").array().notNull(),
    /** Null for a public concern: the public are not shown the threshold document, and the MASH rates the contact. */
    suggestedLevel: integer("suggested_level"),
    referrerLevel: integer("referrer_level"),
    familyAware: text("family_aware").notNull(),
    consentGiven: text("consent_given"),
    status: contactStatus("status").notNull().default("submitted"),
    rag: ragRating("rag"),
    assignedTo: uuid("assigned_to").references(() => users.id),
    /**
     * The contact's two deadlines, worked out on the council's working-day
     * clock (`app/domain/mash/policy.ts`) and stored so that the queue, the
     * screening page, reminders and reports all read the same ones: the
     * decision within one working day of receipt, set once; and screening by
     * the RAG rating (an unrated contact as Red), set again whenever the
     * contact is rated.
     */
    decisionDueAt: timestamp("decision_due_at", { withTimezone: true }).notNull(),
    screeningDueAt: timestamp("screening_due_at", { withTimezone: true }).notNull(),
    /**
     * The MASH queue's order (app/domain/mash/queue-order.ts), kept by
     * PostgreSQL as the rating and deadlines change, so that the queue is
     * ordered, paged and counted in the database by `contacts_queue_order_idx`:
     * 0 for immediate danger not yet rated, then unrated, Red, Amber, Green;
     * and whichever deadline falls first.
     */
    queuePriority: smallint("queue_priority")
      .notNull()
      .generatedAlwaysAs(
        sql`case when immediate_danger and rag is null then 0 when rag is null then 1 when rag = 'red' then 2 when rag = 'amber' then 3 else 4 end`,
      ),
    queueDueAt: timestamp("queue_due_at", { withTimezone: true })
      .notNull()
      .generatedAlwaysAs(sql`least(screening_due_at, decision_due_at)`),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    /** A contact raised from an early help plan (step-up) carries the plan. */
    stepUpPlanId: uuid("step_up_plan_id"),
    /**
     * A professional's phoned (or in-person) report is confirmed in writing:
     * due by `confirmationDueAt` on the working-day clock, confirmed (or
     * corrected) by a member of their organisation in their own list.
     */
    confirmationDueAt: timestamp("confirmation_due_at", { withTimezone: true }),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    confirmedBy: uuid("confirmed_by").references(() => users.id),
    /** What the referrer said needed correcting when they confirmed; null when they confirmed it as it was. */
    confirmationCorrection: text("confirmation_correction"),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (table) => [
    // What a contact child's foreign key refers to, so that it carries the contact's received time (below).
    unique("contacts_id_received_at_key").on(table.id, table.receivedAt),
    index("contacts_organisation_idx").on(table.organisationId, table.submittedAt),
    index("contacts_queue_idx").on(table.status, table.decisionDueAt),
    index("contacts_queue_order_idx")
      .on(table.queuePriority, table.queueDueAt, table.receivedAt, table.reference)
      .where(awaitingDecision),
    // The queue's counts (by rating, status, source, assignee, overdue, awaiting confirmation) from the index
    // alone: with a backlog of thousands, reading each contact's row cost more than the page itself.
    index("contacts_queue_counts_idx")
      .on(
        table.rag,
        table.status,
        table.referralSource,
        table.assignedTo,
        table.queueDueAt,
        table.confirmationDueAt,
        table.confirmedAt,
      )
      .where(awaitingDecision),
    index("contacts_assigned_idx").on(table.assignedTo),
    // The reports count contacts received in a window, across every organisation.
    index("contacts_submitted_idx").on(table.submittedAt),
    index("contacts_received_idx").on(table.receivedAt),
    // Someone is answerable for every contact: the partner who submitted it, or the MASH user who recorded it; only the public's have neither.
    // Someone is working on every contact past "submitted", and nobody on one still waiting in the queue (migration 0007).
    check("contacts_assigned_while_screened", sql`(${table.status} = 'submitted') = (${table.assignedTo} IS NULL)`),
    check(
      "contacts_made_by_someone",
      sql`${table.channel} = 'public_online' or (${table.channel} = 'portal' and ${table.submittedBy} is not null) or (${table.channel} <> 'portal' and ${table.recordedBy} is not null)`,
    ),
    index("contacts_awaiting_confirmation_idx")
      .on(table.confirmationDueAt)
      .where(sql`confirmation_due_at is not null and confirmed_at is null`),
  ],
);

/** One row per child in a contact: the statutory returns count children, and each child is matched and decided on. */
export const contactChildren = pgTable(
  "contact_children",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    contactId: uuid("contact_id").notNull(),
    position: integer("position").notNull(),
    firstName: text("first_name"),
    lastName: text("last_name").notNull(),
    dateOfBirth: date("date_of_birth"),
    dueDate: date("due_date"),
    sex: text("sex").notNull(),
    nhsNumber: text("nhs_number"),
    postcode: text("postcode"),
    ethnicity: text("ethnicity"),
    /** The person record the MASH linked this child to (migration 0007 made it a foreign key). */
    personId: uuid("person_id").references(() => persons.id),
    /**
     * The contact's `receivedAt`: whether a person had another contact in the
     * 12 months before this one is then a range of
     * `contact_children_person_received_idx`, not a lookup of each of their
     * contacts (issue 16). It is part of the foreign key to the contact, so it
     * cannot differ from the contact's, and a corrected contact takes its
     * children with it.
     */
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    foreignKey({
      name: "contact_children_contact_fk",
      columns: [table.contactId, table.receivedAt],
      foreignColumns: [contacts.id, contacts.receivedAt],
    })
      .onDelete("cascade")
      .onUpdate("cascade"),
    uniqueIndex("contact_children_position_idx").on(table.contactId, table.position),
    index("contact_children_person_received_idx").on(table.personId, table.receivedAt),
  ],
);

export type ContactRow = typeof contacts.$inferSelect;
export type ContactChildRow = typeof contactChildren.$inferSelect;
export type DraftRow = typeof contactDrafts.$inferSelect;
