import { sql } from "drizzle-orm";
import {
  boolean,
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
import type { ContactDraftAnswers } from "../../app/domain/contact/journey";
import { contactStatuses } from "../../app/domain/mash/contact-status";
import { ragRatings } from "../../app/domain/mash/rag";
import { organisations } from "./organisations";
import { thresholdDocuments } from "./thresholds";
import { users } from "./users";

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
export const ragRating = pgEnum("rag_rating", ragRatings);

export const contacts = pgTable(
  "contacts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** What people quote on the phone: FD-000123. */
    reference: text("reference").notNull().unique(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    submittedBy: uuid("submitted_by")
      .notNull()
      .references(() => users.id),
    submittedAt: timestamp("submitted_at", { withTimezone: true })
      .notNull()
      .default(sql`now()`),
    thresholdDocumentId: uuid("threshold_document_id")
      .notNull()
      .references(() => thresholdDocuments.id),
    /** DfE Children in Need census source code, from the referrer's organisation type at the time. */
    referralSource: text("referral_source").notNull(),
    immediateDanger: boolean("immediate_danger").notNull(),
    /** Everything the referrer answered, as submitted: the record of what they said. */
    answers: jsonb("answers").$type<ContactDraftAnswers>().notNull(),
    descriptorIds: text("descriptor_ids").array().notNull(),
    suggestedLevel: integer("suggested_level").notNull(),
    referrerLevel: integer("referrer_level").notNull(),
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
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    /** A contact raised from an early help plan (step-up) carries the plan. */
    stepUpPlanId: uuid("step_up_plan_id"),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (table) => [
    index("contacts_organisation_idx").on(table.organisationId, table.submittedAt),
    index("contacts_queue_idx").on(table.status, table.decisionDueAt),
    index("contacts_assigned_idx").on(table.assignedTo),
    // The reports count contacts received in a window, across every organisation.
    index("contacts_submitted_idx").on(table.submittedAt),
  ],
);

/** One row per child in a contact: the statutory returns count children, and each child is matched and decided on. */
export const contactChildren = pgTable(
  "contact_children",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    contactId: uuid("contact_id")
      .notNull()
      .references(() => contacts.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    firstName: text("first_name"),
    lastName: text("last_name").notNull(),
    dateOfBirth: date("date_of_birth"),
    dueDate: date("due_date"),
    sex: text("sex").notNull(),
    nhsNumber: text("nhs_number"),
    postcode: text("postcode"),
    ethnicity: text("ethnicity"),
    /** The person record the MASH linked this child to. */
    personId: uuid("person_id"),
  },
  (table) => [
    uniqueIndex("contact_children_position_idx").on(table.contactId, table.position),
    index("contact_children_person_idx").on(table.personId),
  ],
);

export type ContactRow = typeof contacts.$inferSelect;
export type ContactChildRow = typeof contactChildren.$inferSelect;
export type DraftRow = typeof contactDrafts.$inferSelect;
