import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigserial,
  boolean,
  check,
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
import { primaryNeedCodes } from "../../app/domain/contact/census";
import { informationCheckAgencies } from "../../app/domain/mash/agencies";
import { lawfulBases } from "../../app/domain/mash/information-sharing";
import { contactChildren, contacts } from "./contacts";
import { ragRating } from "./rag";
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
    /** The census and Annex A's gender code (1 male, 2 female, 0 not known, 9 not stated); null until the MASH records it. */
    gender: text("gender"),
    /** A DfE ethnicity code (`ethnicities`), including NOBT (not yet obtained) and REFU (refused). */
    ethnicity: text("ethnicity"),
    /** The child's identifier in the council's case system: Annex A's Child Unique ID. */
    caseSystemId: text("case_system_id"),
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
    index("persons_case_system_id_idx")
      .on(table.caseSystemId)
      .where(sql`case_system_id is not null`),
    index("persons_expected_delivery_date_idx")
      .on(table.expectedDeliveryDate)
      .where(sql`expected_delivery_date is not null`),
  ],
);

/**
 * Two person records found to be the same child, merged: the contacts, plans
 * and referrals of `mergedPersonId` were moved to `keptPersonId`, and exactly
 * which rows moved is kept, so that a merge made in error can be undone.
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
    movedReferralIds: uuid("moved_referral_ids")
      .array()
      .notNull()
      .default(sql`'{}'`),
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
export const lawfulBasis = pgEnum("lawful_basis", lawfulBases);

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
    /**
     * The basis on which the family's information is shared with the agency,
     * whether the family has been told, and if not why and which MASH manager
     * authorised it (`information-sharing.ts`). Empty on checks asked before
     * they were recorded.
     */
    lawfulBasis: lawfulBasis("lawful_basis"),
    familyInformed: boolean("family_informed"),
    familyNotInformedReason: text("family_not_informed_reason"),
    sharingAuthorisedBy: uuid("sharing_authorised_by").references(() => users.id),
    answer: text("answer"),
    answeredBy: uuid("answered_by").references(() => users.id),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
  },
  (table) => [
    index("information_checks_contact_idx").on(table.contactId, table.requestedAt),
    index("information_checks_open_idx")
      .on(table.agency, table.dueAt)
      .where(sql`answered_at is null`),
    check(
      "information_checks_uninformed_sharing_authorised",
      sql`family_informed is distinct from false or (sharing_authorised_by is not null and family_not_informed_reason is not null)`,
    ),
  ],
);

export const primaryNeedCode = pgEnum("primary_need_code", primaryNeedCodes);

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
    /**
     * The census primary need (N0 to N9) the screener chose, for the children
     * this decision makes referrals of (`referrals.primary_need` starts from it).
     */
    primaryNeed: primaryNeedCode("primary_need"),
    /** For the MASH only: never shown to the referrer. */
    internalNotes: text("internal_notes"),
    /** Written for the referrer: what was decided and what they should do. */
    referrerFeedback: text("referrer_feedback").notNull(),
    /**
     * Why an outcome is right at a level where it is unusual (no further
     * action at level 4): asked for by the outcome fit rules (`outcome-fit.ts`).
     */
    outcomeReason: text("outcome_reason"),
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

/**
 * The referral a contact becomes, one per child, when a decision that stands
 * accepts the child for a social care response (an outcome with
 * `createsReferral`). What the Children in Need census and Ofsted's Annex A
 * List 3 read:
 *
 * - `referralDate`: the date (London) the contact was received;
 * - `referralSource`: the contact's census source code when the referral was made;
 * - `primaryNeed`: the census's N0 to N9, chosen by the screener;
 * - `nfa`: `ReferralNFA`, set when the referral ends in no further action;
 * - `referralsInPrevious12Months`: the child's other referrals with a referral
 *   date in the 12 months before this one's (`countEarlierReferrals`); above
 *   zero, this is a re-referral;
 * - `allocatedTeam`, `allocatedWorkerId`, `allocatedAt`: the social care
 *   team manager's allocation.
 */
export const referrals = pgTable(
  "referrals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    contactId: uuid("contact_id")
      .notNull()
      .references(() => contacts.id, { onDelete: "cascade" }),
    contactChildId: uuid("contact_child_id")
      .notNull()
      .references(() => contactChildren.id, { onDelete: "cascade" }),
    /** The person the child was linked to when the referral was made: whom the 12-month count is about. */
    personId: uuid("person_id").references(() => persons.id),
    decisionId: uuid("decision_id")
      .notNull()
      .references(() => decisions.id),
    /** The outcome id that made the referral (`app/domain/mash/outcomes.ts`). */
    outcome: text("outcome").notNull(),
    referralDate: date("referral_date").notNull(),
    referralSource: text("referral_source").notNull(),
    primaryNeed: primaryNeedCode("primary_need").notNull(),
    referralsInPrevious12Months: integer("referrals_in_previous_12_months").notNull(),
    nfa: boolean("nfa").notNull().default(false),
    nfaRecordedAt: timestamp("nfa_recorded_at", { withTimezone: true }),
    allocatedTeam: text("allocated_team"),
    allocatedWorkerId: uuid("allocated_worker_id").references(() => users.id),
    allocatedAt: timestamp("allocated_at", { withTimezone: true }),
    allocatedBy: uuid("allocated_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (table) => [
    // One referral per child per contact: a decision made again after sign-off is returned does not make a second.
    uniqueIndex("referrals_contact_child_idx").on(table.contactChildId),
    index("referrals_person_date_idx").on(table.personId, table.referralDate),
    index("referrals_date_idx").on(table.referralDate),
    index("referrals_awaiting_allocation_idx")
      .on(table.createdAt)
      .where(sql`allocated_at is null`),
  ],
);

export type ReferralRow = typeof referrals.$inferSelect;
