import { eq, sql } from "drizzle-orm";
import type { Database } from "#db/connection";
import {
  childDecisions,
  contactChildren,
  contacts,
  decisions,
  earlyHelpGoals,
  earlyHelpGoalScores,
  earlyHelpPlanChildren,
  earlyHelpPlans,
  earlyHelpReviews,
  earlyHelpStepUps,
  informationChecks,
  organisations,
  persons,
  referrals,
  stepDownRequests,
  users,
} from "#db/schema";
import type { InformationCheckAgency } from "~/domain/mash/agencies";
import type { RagRating } from "~/domain/mash/rag";
import type { StepUpHandover } from "~/domain/early-help/step-up";
import { publishedThresholdDocumentId } from "./early-help-fixtures";

/**
 * A small council built by hand for the reports and the returns: every
 * contact, child, decision, check, plan, review, step-up and step-down is
 * written out here, so that a test can count what a figure should be
 * without asking the database, and compare.
 *
 * "Now" for this council is 10am (UK time) on Sunday 30 March 2025; the dashboard's
 * window is 5 January to 29 March 2025.
 */
export const reportNow = new Date("2025-03-30T09:00:00Z");
export const reportWindow = { from: "2025-01-05", to: "2025-03-29" };

interface FixturePerson {
  firstName: string | null;
  lastName: string;
  dateOfBirth?: string;
  dueDate?: string;
  sex: "female" | "male" | "notKnown";
  /** The census gender code the MASH recorded on the person record. */
  gender?: "0" | "1" | "2" | "9";
  ethnicity?: string;
  /** The case system's Child Unique ID. */
  caseSystemId?: string;
}

const fixturePersons = {
  amy: {
    firstName: "Amy",
    lastName: "Evans",
    dateOfBirth: "2019-03-07",
    sex: "female",
    gender: "2",
    ethnicity: "WBRI",
    caseSystemId: "NM100234",
  },
  ben: { firstName: "Ben", lastName: "Evans", dateOfBirth: "2021-06-12", sex: "male" },
  baby: { firstName: null, lastName: "Cole", dueDate: "2025-05-01", sex: "notKnown" },
  cara: { firstName: "Cara", lastName: "Ahmed", dateOfBirth: "2015-09-30", sex: "female", ethnicity: "APKN" },
  dan: { firstName: "Dan", lastName: "Price", dateOfBirth: "2012-01-01", sex: "male" },
  eve: { firstName: "Eve", lastName: "Lee", dateOfBirth: "2018-08-08", sex: "female", ethnicity: "BAFR" },
  fay: { firstName: "Fay", lastName: "Cole", dateOfBirth: "2016-02-29", sex: "female" },
  gus: {
    firstName: "Gus",
    lastName: "Hill",
    dateOfBirth: "2017-04-04",
    sex: "male",
    gender: "1",
    ethnicity: "MWBC",
    caseSystemId: "NM100877",
  },
} as const satisfies Record<string, FixturePerson>;
type PersonKey = keyof typeof fixturePersons;

interface FixtureChildOutcome {
  person: PersonKey;
  /** False for a child the MASH has not linked to a person record. */
  linked?: boolean;
  outcome?: string;
  decidedLevel?: number;
  /** The referral the outcome made, for an outcome that makes one. */
  referral?: FixtureReferral;
}

interface FixtureReferral {
  primaryNeed: "N1" | "N4" | "N5";
  /** The child's other referrals dated in the 12 months before, counted by hand. */
  earlierIn12Months: number;
  nfa?: boolean;
  allocatedTeam?: string;
  /** Allocated to the demo social worker. */
  allocated?: boolean;
}

interface FixtureCheck {
  agency: InformationCheckAgency;
  requestedAt: string;
  dueAt: string;
  answeredAt?: string;
}

export interface FixtureContact {
  key: string;
  referrerEmail: string;
  source: string;
  receivedAt: string;
  referrerLevel: number;
  rag: RagRating | null;
  status: "submitted" | "in_screening" | "awaiting_sign_off" | "decided";
  screeningDueAt: string;
  decisionDueAt: string;
  decidedAt?: string;
  /** The state of its decision, when it has one. */
  decisionState?: "recorded" | "approved" | "awaiting_sign_off";
  children: FixtureChildOutcome[];
  checks?: FixtureCheck[];
  stepUpFromPlan?: string;
}

const school = "dsl@northmoor-primary.example";
const academy = "dsl@riverside-academy.example";
const healthVisitor = "health.visitor@northmoor-health.example";
const police = "police.officer@northmoor-police.example";

export const fixtureContacts: FixtureContact[] = [
  {
    key: "c1",
    referrerEmail: school,
    source: "2A",
    receivedAt: "2025-01-05T09:00:00Z",
    referrerLevel: 3,
    rag: "amber",
    status: "decided",
    screeningDueAt: "2025-01-06T17:00:00Z",
    decisionDueAt: "2025-01-06T09:00:00Z",
    decidedAt: "2025-01-05T15:00:00Z",
    decisionState: "recorded",
    children: [
      {
        person: "amy",
        outcome: "social_care_assessment",
        decidedLevel: 3,
        referral: { primaryNeed: "N1", earlierIn12Months: 0, allocatedTeam: "Assessment Team North", allocated: true },
      },
      { person: "ben", outcome: "early_help_taf", decidedLevel: 2 },
    ],
    checks: [
      {
        agency: "health",
        requestedAt: "2025-01-05T10:00:00Z",
        dueAt: "2025-01-06T10:00:00Z",
        answeredAt: "2025-01-05T14:00:00Z",
      },
    ],
  },
  {
    key: "c2",
    referrerEmail: healthVisitor,
    source: "3B",
    receivedAt: "2025-02-10T10:00:00Z",
    referrerLevel: 2,
    rag: "red",
    status: "decided",
    screeningDueAt: "2025-02-10T14:00:00Z",
    decisionDueAt: "2025-02-11T10:00:00Z",
    decidedAt: "2025-02-12T10:00:00Z",
    decisionState: "approved",
    children: [
      {
        person: "amy",
        outcome: "strategy_discussion",
        decidedLevel: 4,
        referral: { primaryNeed: "N1", earlierIn12Months: 1 },
      },
    ],
    checks: [
      {
        agency: "education",
        requestedAt: "2025-02-10T11:00:00Z",
        dueAt: "2025-02-10T15:00:00Z",
        answeredAt: "2025-02-11T09:00:00Z",
      },
    ],
  },
  {
    key: "c3",
    referrerEmail: police,
    source: "6",
    receivedAt: "2025-01-20T08:00:00Z",
    referrerLevel: 4,
    rag: "amber",
    status: "decided",
    screeningDueAt: "2025-01-21T17:00:00Z",
    decisionDueAt: "2025-01-21T08:00:00Z",
    decidedAt: "2025-01-20T20:00:00Z",
    decisionState: "approved",
    children: [{ person: "baby", outcome: "nfa", decidedLevel: 2 }],
  },
  {
    key: "c4",
    referrerEmail: academy,
    source: "2A",
    receivedAt: "2025-03-02T11:00:00Z",
    referrerLevel: 2,
    rag: "green",
    status: "decided",
    screeningDueAt: "2025-03-05T11:00:00Z",
    decisionDueAt: "2025-03-03T11:00:00Z",
    decidedAt: "2025-03-04T11:00:00Z",
    decisionState: "recorded",
    children: [{ person: "cara", outcome: "nfa", decidedLevel: 2 }],
  },
  {
    key: "c5",
    referrerEmail: school,
    source: "2A",
    receivedAt: "2025-03-27T09:00:00Z",
    referrerLevel: 3,
    rag: "red",
    status: "in_screening",
    screeningDueAt: "2025-03-27T13:00:00Z",
    decisionDueAt: "2025-03-30T12:00:00Z",
    children: [{ person: "dan", linked: false }],
    checks: [{ agency: "police", requestedAt: "2025-03-27T10:00:00Z", dueAt: "2025-03-27T14:00:00Z" }],
  },
  {
    key: "c6",
    referrerEmail: healthVisitor,
    source: "3B",
    receivedAt: "2025-03-29T20:00:00Z",
    referrerLevel: 2,
    rag: null,
    status: "submitted",
    screeningDueAt: "2025-03-30T13:00:00Z",
    decisionDueAt: "2025-03-31T09:00:00Z",
    children: [{ person: "eve" }],
  },
  {
    key: "c7",
    referrerEmail: police,
    source: "6",
    receivedAt: "2025-03-25T09:00:00Z",
    referrerLevel: 3,
    rag: "amber",
    status: "awaiting_sign_off",
    screeningDueAt: "2025-03-25T13:00:00Z",
    decisionDueAt: "2025-03-26T09:00:00Z",
    decisionState: "awaiting_sign_off",
    children: [{ person: "fay", outcome: "nfa", decidedLevel: 2 }],
  },
  {
    key: "c8",
    referrerEmail: school,
    source: "2A",
    receivedAt: "2024-12-01T09:00:00Z",
    referrerLevel: 2,
    rag: "green",
    status: "decided",
    screeningDueAt: "2024-12-04T09:00:00Z",
    decisionDueAt: "2024-12-02T09:00:00Z",
    decidedAt: "2024-12-01T16:00:00Z",
    decisionState: "recorded",
    children: [{ person: "eve", outcome: "nfa", decidedLevel: 2 }],
  },
  {
    key: "c9",
    referrerEmail: academy,
    source: "2A",
    receivedAt: "2023-11-01T09:00:00Z",
    referrerLevel: 3,
    rag: "amber",
    status: "decided",
    screeningDueAt: "2023-11-04T09:00:00Z",
    decisionDueAt: "2023-11-04T09:00:00Z",
    decidedAt: "2023-11-01T12:00:00Z",
    decisionState: "recorded",
    children: [
      {
        person: "cara",
        outcome: "social_care_assessment",
        decidedLevel: 3,
        referral: { primaryNeed: "N4", earlierIn12Months: 0 },
      },
    ],
  },
  {
    key: "c10",
    referrerEmail: school,
    source: "2A",
    receivedAt: "2025-02-20T09:00:00Z",
    referrerLevel: 4,
    rag: "amber",
    status: "decided",
    screeningDueAt: "2025-02-23T09:00:00Z",
    decisionDueAt: "2025-02-23T09:00:00Z",
    decidedAt: "2025-02-20T16:00:00Z",
    decisionState: "recorded",
    children: [
      {
        person: "gus",
        outcome: "social_care_assessment",
        decidedLevel: 4,
        referral: { primaryNeed: "N5", earlierIn12Months: 0, nfa: true },
      },
    ],
    stepUpFromPlan: "eh2",
  },
];

export interface FixturePlan {
  key: string;
  fromContact?: string;
  status: "active" | "closed";
  startedOn: string;
  assessmentStartedOn: string;
  assessmentCompletedOn: string | null;
  /** The organisation that completed the assessment, by name. */
  assessmentOrganisation: string;
  children: PersonKey[];
  closedOn?: string;
  closureReason?: "stepped_up_to_social_care" | "outcomes_achieved";
  reviews: { heldOn: string; nextReviewOn: string }[];
  goals: { baseline: number; scores: { scoredOn: string; score: number }[] }[];
}

export const fixturePlans: FixturePlan[] = [
  {
    key: "eh1",
    fromContact: "c1",
    status: "active",
    startedOn: "2025-01-06",
    assessmentStartedOn: "2025-01-07",
    assessmentCompletedOn: "2025-01-20",
    assessmentOrganisation: "Northmoor Early Help Team",
    children: ["ben"],
    reviews: [
      { heldOn: "2025-02-10", nextReviewOn: "2025-03-10" },
      { heldOn: "2025-03-17", nextReviewOn: "2025-04-28" },
    ],
    goals: [
      {
        baseline: 3,
        scores: [
          { scoredOn: "2025-02-10", score: 5 },
          { scoredOn: "2025-03-17", score: 6 },
        ],
      },
      { baseline: 5, scores: [{ scoredOn: "2025-03-17", score: 4 }] },
    ],
  },
  {
    key: "eh2",
    status: "closed",
    startedOn: "2024-10-01",
    assessmentStartedOn: "2024-10-02",
    assessmentCompletedOn: "2024-10-20",
    assessmentOrganisation: "Northmoor Primary School",
    children: ["gus"],
    closedOn: "2025-03-20",
    closureReason: "stepped_up_to_social_care",
    reviews: [],
    goals: [],
  },
];

export interface FixtureStepDown {
  submittedAt: string;
  dueAt: string;
  status: "pending" | "accepted";
  decidedAt?: string;
}

export const fixtureStepDowns: FixtureStepDown[] = [
  {
    submittedAt: "2025-03-02T09:00:00Z",
    dueAt: "2025-03-09T09:00:00Z",
    status: "accepted",
    decidedAt: "2025-03-04T09:00:00Z",
  },
  { submittedAt: "2025-03-26T09:00:00Z", dueAt: "2025-03-27T09:00:00Z", status: "pending" },
];

export interface SeededCouncil {
  personIds: Record<PersonKey, string>;
  contactIds: Record<string, string>;
  /** Each fixture child's contact-child row, keyed `${contact}:${person}`. */
  contactChildIds: Record<string, string>;
  planIds: Record<string, string>;
}

async function userByEmail(db: Database, email: string) {
  const [row] = await db
    .select({ id: users.id, organisationId: users.organisationId })
    .from(users)
    .where(eq(users.email, email));
  if (!row) throw new Error(`No demo account ${email}`);
  return row;
}

async function organisationIdByName(db: Database, name: string): Promise<string> {
  const [row] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.name, name));
  if (!row) throw new Error(`No organisation ${name}`);
  return row.id;
}

/** Writes the council above into a database that already holds the demo seed. */
export async function seedReportCouncil(db: Database): Promise<SeededCouncil> {
  const screener = await userByEmail(db, "screener@northmoor-mash.example");
  const socialWorker = await userByEmail(db, "social.worker@northmoor-social-care.example");
  const lead = await userByEmail(db, "practitioner@northmoor-early-help.example");
  const thresholdDocumentId = await publishedThresholdDocumentId(db);

  const personIds = {} as Record<PersonKey, string>;
  for (const [key, person] of Object.entries(fixturePersons) as [PersonKey, FixturePerson][]) {
    const [row] = await db
      .insert(persons)
      .values({
        firstName: person.firstName,
        lastName: person.lastName,
        normalisedName: `${person.firstName ?? ""} ${person.lastName}`.trim().toLowerCase(),
        dateOfBirth: person.dateOfBirth ?? null,
        expectedDeliveryDate: person.dueDate ?? null,
        sex: person.sex,
        gender: person.gender ?? null,
        ethnicity: person.ethnicity ?? null,
        caseSystemId: person.caseSystemId ?? null,
        createdBy: screener.id,
      })
      .returning({ id: persons.id });
    personIds[key] = row!.id;
  }

  const planIds: Record<string, string> = {};
  const contactIds: Record<string, string> = {};
  const contactChildIds: Record<string, string> = {};

  // Plans first (without their contact), so that a step-up contact can name its plan.
  for (const plan of fixturePlans) {
    const [row] = await db
      .insert(earlyHelpPlans)
      .values({
        reference: `EH-R${plan.key}`,
        kind: "early_help",
        status: plan.status,
        origin: plan.fromContact ? "mash_decision" : "partner",
        startedOn: plan.startedOn,
        leadProfessionalId: lead.id,
        assessmentStartedOn: plan.assessmentStartedOn,
        assessmentCompletedOn: plan.assessmentCompletedOn,
        assessmentOrganisationId: await organisationIdByName(db, plan.assessmentOrganisation),
        closedOn: plan.closedOn ?? null,
        closureReason: plan.closureReason ?? null,
        createdBy: lead.id,
      })
      .returning({ id: earlyHelpPlans.id });
    planIds[plan.key] = row!.id;
  }

  for (const contact of fixtureContacts) {
    const referrer = await userByEmail(db, contact.referrerEmail);
    const [next] = await db.execute<{ next: string }>(sql`select nextval('contact_reference_seq')::text as next`);
    const [row] = await db
      .insert(contacts)
      .values({
        reference: `FD-${String(next!.next).padStart(6, "0")}`,
        organisationId: referrer.organisationId,
        submittedBy: referrer.id,
        submittedAt: new Date(contact.receivedAt),
        receivedAt: new Date(contact.receivedAt),
        thresholdDocumentId,
        referralSource: contact.source,
        immediateDanger: false,
        answers: { children: [], adults: [] },
        descriptorIds: ["neglect-2-inconsistent-care"],
        suggestedLevel: contact.referrerLevel,
        referrerLevel: contact.referrerLevel,
        familyAware: "yes",
        consentGiven: "yes",
        status: contact.status,
        rag: contact.rag,
        assignedTo: contact.status === "submitted" ? null : screener.id,
        decisionDueAt: new Date(contact.decisionDueAt),
        screeningDueAt: new Date(contact.screeningDueAt),
        decidedAt: contact.decidedAt ? new Date(contact.decidedAt) : null,
        stepUpPlanId: contact.stepUpFromPlan ? planIds[contact.stepUpFromPlan] : null,
      })
      .returning({ id: contacts.id });
    const contactId = row!.id;
    contactIds[contact.key] = contactId;
    for (const [position, child] of contact.children.entries()) {
      const person: FixturePerson = fixturePersons[child.person];
      const [childRow] = await db
        .insert(contactChildren)
        .values({
          contactId,
          position,
          firstName: person.firstName,
          lastName: person.lastName,
          dateOfBirth: person.dateOfBirth ?? null,
          dueDate: person.dueDate ?? null,
          sex: person.sex,
          ethnicity: person.ethnicity ?? null,
          personId: child.linked === false ? null : personIds[child.person],
          receivedAt: new Date(contact.receivedAt),
        })
        .returning({ id: contactChildren.id });
      contactChildIds[`${contact.key}:${child.person}`] = childRow!.id;
    }
    let decisionId: string | null = null;
    if (contact.decisionState) {
      const [decision] = await db
        .insert(decisions)
        .values({
          contactId,
          rag: contact.rag ?? "green",
          rationale: "Recorded for the reports fixture.",
          referrerFeedback: "Thank you.",
          state: contact.decisionState,
          recordedBy: screener.id,
          recordedAt: new Date(contact.decidedAt ?? contact.receivedAt),
        })
        .returning({ id: decisions.id });
      decisionId = decision!.id;
      await db.insert(childDecisions).values(
        contact.children.map((child) => ({
          decisionId: decision!.id,
          contactChildId: contactChildIds[`${contact.key}:${child.person}`]!,
          decidedLevel: child.decidedLevel!,
          outcome: child.outcome!,
        })),
      );
    }
    for (const child of contact.children) {
      if (!child.referral || !decisionId) continue;
      await db.insert(referrals).values({
        contactId,
        contactChildId: contactChildIds[`${contact.key}:${child.person}`]!,
        personId: personIds[child.person],
        decisionId,
        outcome: child.outcome!,
        referralDate: contact.receivedAt.slice(0, 10),
        referralSource: contact.source,
        primaryNeed: child.referral.primaryNeed,
        referralsInPrevious12Months: child.referral.earlierIn12Months,
        nfa: child.referral.nfa ?? false,
        nfaRecordedAt: child.referral.nfa ? new Date(contact.decidedAt!) : null,
        allocatedTeam: child.referral.allocatedTeam ?? null,
        allocatedWorkerId: child.referral.allocated ? socialWorker.id : null,
        allocatedAt: child.referral.allocated ? new Date(contact.decidedAt!) : null,
      });
    }
    for (const check of contact.checks ?? []) {
      await db.insert(informationChecks).values({
        contactId,
        agency: check.agency,
        question: "What do you know of the family?",
        requestedBy: screener.id,
        requestedAt: new Date(check.requestedAt),
        dueAt: new Date(check.dueAt),
        answer: check.answeredAt ? "Known to us." : null,
        answeredBy: check.answeredAt ? screener.id : null,
        answeredAt: check.answeredAt ? new Date(check.answeredAt) : null,
      });
    }
    if (contact.stepUpFromPlan) {
      await db.insert(earlyHelpStepUps).values({
        planId: planIds[contact.stepUpFromPlan]!,
        contactId,
        handover: {} as StepUpHandover,
        requestedBy: lead.id,
        requestedAt: new Date(contact.receivedAt),
        decision: "accepted",
        decidedAt: new Date(contact.decidedAt!),
      });
    }
  }

  for (const plan of fixturePlans) {
    const planId = planIds[plan.key]!;
    if (plan.fromContact) {
      await db
        .update(earlyHelpPlans)
        .set({ contactId: contactIds[plan.fromContact] })
        .where(eq(earlyHelpPlans.id, planId));
    }
    for (const [position, key] of plan.children.entries()) {
      const person: FixturePerson = fixturePersons[key];
      await db.insert(earlyHelpPlanChildren).values({
        planId,
        position,
        personId: personIds[key],
        firstName: person.firstName,
        lastName: person.lastName,
        dateOfBirth: person.dateOfBirth ?? null,
        sex: person.sex,
      });
    }
    const reviewIds: Record<string, string> = {};
    for (const review of plan.reviews) {
      const [row] = await db
        .insert(earlyHelpReviews)
        .values({
          planId,
          heldOn: review.heldOn,
          attendees: [],
          whatChanged: "Things are a little better.",
          nextReviewOn: review.nextReviewOn,
          recordedBy: lead.id,
        })
        .returning({ id: earlyHelpReviews.id });
      reviewIds[review.heldOn] = row!.id;
    }
    for (const [position, goal] of plan.goals.entries()) {
      const [row] = await db
        .insert(earlyHelpGoals)
        .values({
          planId,
          position,
          outcomeArea: "family_relationships",
          need: "A calmer home",
          description: "Fewer arguments at bedtime",
          setOn: plan.startedOn,
          baselineScore: goal.baseline,
          targetScore: 8,
        })
        .returning({ id: earlyHelpGoals.id });
      for (const score of goal.scores) {
        await db.insert(earlyHelpGoalScores).values({
          goalId: row!.id,
          reviewId: reviewIds[score.scoredOn] ?? null,
          scoredOn: score.scoredOn,
          score: score.score,
        });
      }
    }
  }

  for (const [index, stepDown] of fixtureStepDowns.entries()) {
    await db.insert(stepDownRequests).values({
      reference: `SD-R${index}`,
      status: stepDown.status,
      kind: "early_help",
      children: [{ firstName: "Hal", lastName: "Reed", dateOfBirth: "2014-05-05", personId: null }],
      handoverSummary: "Things are settled.",
      currentRisks: "Few.",
      mustContinue: "School support.",
      consent: {
        givenBy: { name: "Jo Reed", relationship: "Mother" },
        givenOn: "2025-03-01",
        purposes: [],
        withdrawal: null,
      } as never,
      proposedLead: { type: "organisation", organisation: "Northmoor Early Help Team" },
      requestedBy: socialWorker.id,
      organisationId: socialWorker.organisationId,
      submittedAt: new Date(stepDown.submittedAt),
      dueAt: new Date(stepDown.dueAt),
      decidedAt: stepDown.decidedAt ? new Date(stepDown.decidedAt) : null,
      history: [],
    });
  }
  return { personIds, contactIds, contactChildIds, planIds };
}
