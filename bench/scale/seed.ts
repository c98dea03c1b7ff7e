import type { Sql } from "postgres";
import type { ContactDraftAnswers } from "../../app/domain/contact/journey";
import { normaliseName } from "../../app/domain/person-matching/names";
import { type Cell, insertRows } from "./bulk-insert";
import { seededNhsNumber, seededPostcodes, seededUuid } from "./identifiers";
import { firstNames, lastNames, misspell } from "./names";
import { Random } from "./random";

export interface ScaleOptions {
  contacts: number;
  seed: number;
  /** "Today" for the data: contacts run over the five years before it. */
  now: Date;
  log: (line: string) => void;
}

interface Person {
  id: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  sex: "female" | "male";
  nhsNumber: string | null;
  postcode: string;
  line1: string;
  household: number;
}

interface Account {
  userId: string;
  organisationId: string;
  referralSource: string;
}

const dayMs = 86_400_000;
const fiveYearsMs = 5 * 365 * dayMs;

/** Where contacts come from, in England's proportions (police 28%, schools 21%). */
const sourceMix = [
  ["police", 28],
  ["school", 21],
  ["health_visiting", 6],
  ["gp", 4],
  ["emergency_department", 5],
  ["early_years", 3],
  ["early_help", 6],
  ["social_care", 8],
] as const;

/** Outcomes per child, roughly as English councils report them; 6.5% of referrals end in no further action. */
const outcomeMix = [
  ["nfa", 12],
  ["advice_signposting", 22],
  ["universal_services", 10],
  ["early_help_single_agency", 14],
  ["early_help_taf", 10],
  ["social_care_assessment", 22],
  ["strategy_discussion", 6],
  ["already_open", 3],
  ["lado", 1],
] as const;

const levelFor: Record<string, number> = {
  nfa: 1,
  advice_signposting: 1,
  universal_services: 1,
  early_help_single_agency: 2,
  early_help_taf: 3,
  social_care_assessment: 4,
  strategy_discussion: 4,
  already_open: 4,
  lado: 4,
};

/** How many of the newest contacts are still in the MASH queue, as on a busy day. */
const openContacts = (contacts: number) => Math.min(400, Math.max(20, Math.round(contacts / 2_500)));

/**
 * Fills the database with a council's (or a region's) worth of history:
 * about 0.3 persons per contact, households of siblings, spelling variants of
 * the same child across contacts, five years of contacts with decisions, and
 * early help plans with reviews. Deterministic for a given seed.
 */
export async function seedScale(sql: Sql, options: ScaleOptions): Promise<void> {
  const random = new Random(options.seed);
  const accounts = await partnerAccounts(sql);
  const screener = await userId(sql, "mash_screener");
  const earlyHelpLead = await userId(sql, "early_help_practitioner");
  const [thresholdDocument] = await sql<
    { id: string }[]
  >`select id from threshold_documents where status = 'published'`;
  if (!thresholdDocument) throw new Error("No published threshold document: start the app or run db:seed first.");

  // The demo council may already have contacts and plans: carry on from their numbers.
  const [{ contactBase, planBase }] = await sql<[{ contactBase: number; planBase: number }]>`
    select nextval('contact_reference_seq')::int as "contactBase", nextval('early_help_plan_reference_seq')::int as "planBase"`;
  const personCount = Math.max(10, Math.round(options.contacts * 0.3));
  const people = makePeople(random, personCount, options.now);
  const started = Date.now();
  const persons = await insertRows(
    sql,
    "persons",
    [
      "id",
      "first_name",
      "last_name",
      "normalised_name",
      "date_of_birth",
      "sex",
      "nhs_number",
      "postcode",
      "address_line1",
      "town",
    ],
    people.map((p) => [
      p.id,
      p.firstName,
      p.lastName,
      normaliseName(p.firstName, p.lastName),
      p.dateOfBirth,
      p.sex,
      p.nhsNumber,
      p.postcode,
      p.line1,
      "Northmoor",
    ]),
  );
  options.log(`persons: ${persons} in ${seconds(started)}`);

  const households = new Map<number, Person[]>();
  for (const person of people) households.set(person.household, [...(households.get(person.household) ?? []), person]);
  const householdList = [...households.values()];

  const contactRows: Cell[][] = [];
  const childRows: Cell[][] = [];
  const decisionRows: Cell[][] = [];
  const childDecisionRows: Cell[][] = [];
  const planRows: Cell[][] = [];
  const planChildRows: Cell[][] = [];
  const goalRows: Cell[][] = [];
  const reviewRows: Cell[][] = [];
  const scoreRows: Cell[][] = [];
  const stillOpen = openContacts(options.contacts);
  const firstSubmitted = options.now.getTime() - fiveYearsMs;
  const spacing = fiveYearsMs / options.contacts;
  let planNumber = 0;

  const flush = async () => {
    await insertRows(
      sql,
      "contacts",
      [
        "id",
        "reference",
        "organisation_id",
        "submitted_by",
        "submitted_at",
        "received_at",
        "threshold_document_id",
        "referral_source",
        "immediate_danger",
        "answers",
        "descriptor_ids",
        "suggested_level",
        "referrer_level",
        "family_aware",
        "consent_given",
        "status",
        "rag",
        "assigned_to",
        "decision_due_at",
        "screening_due_at",
        "decided_at",
      ],
      contactRows,
    );
    await insertRows(
      sql,
      "contact_children",
      [
        "id",
        "contact_id",
        "position",
        "first_name",
        "last_name",
        "date_of_birth",
        "sex",
        "nhs_number",
        "postcode",
        "person_id",
        "received_at",
      ],
      childRows,
    );
    await insertRows(
      sql,
      "decisions",
      ["id", "contact_id", "rag", "rationale", "referrer_feedback", "state", "recorded_by", "recorded_at"],
      decisionRows,
    );
    await insertRows(
      sql,
      "child_decisions",
      ["id", "decision_id", "contact_child_id", "decided_level", "outcome"],
      childDecisionRows,
    );
    await insertRows(
      sql,
      "early_help_plans",
      [
        "id",
        "reference",
        "kind",
        "status",
        "origin",
        "contact_id",
        "concern_summary",
        "started_on",
        "lead_professional_id",
        "created_by",
        "closed_on",
        "closure_reason",
      ],
      planRows,
    );
    await insertRows(
      sql,
      "early_help_plan_children",
      ["id", "plan_id", "position", "person_id", "first_name", "last_name", "date_of_birth", "sex"],
      planChildRows,
    );
    await insertRows(
      sql,
      "early_help_goals",
      ["id", "plan_id", "position", "outcome_area", "need", "description", "set_on", "baseline_score", "target_score"],
      goalRows,
    );
    await insertRows(
      sql,
      "early_help_reviews",
      ["id", "plan_id", "held_on", "attendees", "what_changed", "next_review_on", "recorded_by"],
      reviewRows,
    );
    await insertRows(sql, "early_help_goal_scores", ["id", "goal_id", "review_id", "scored_on", "score"], scoreRows);
    for (const rows of [
      contactRows,
      childRows,
      decisionRows,
      childDecisionRows,
      planRows,
      planChildRows,
      goalRows,
      reviewRows,
      scoreRows,
    ])
      rows.length = 0;
  };

  for (let index = 0; index < options.contacts; index += 1) {
    const submittedAt = new Date(firstSubmitted + index * spacing + random.next() * spacing);
    const contactId = seededUuid(random);
    const account = accounts[random.weighted(sourceMix.map(([type, weight]) => [type, weight] as const))]!;
    const household = random.pick(householdList);
    const children = household.slice(0, random.chance(0.75) ? 1 : Math.min(household.length, 3));
    const decided = index < options.contacts - stillOpen;
    // The database insists that a contact is assigned exactly when someone has picked it up.
    const status = decided ? "decided" : random.pick(["submitted", "in_screening"] as const);
    const rag = decided
      ? random.weighted([
          ["red", 1],
          ["amber", 3],
          ["green", 6],
        ] as const)
      : random.chance(0.5)
        ? null
        : random.pick(["red", "amber", "green"] as const);
    const outcomes = children.map(() => random.weighted(outcomeMix));
    const suggested = decided
      ? Math.max(1, Math.min(4, levelFor[outcomes[0]!]! + random.integer(-1, 1)))
      : random.integer(2, 4);
    const dueAt = new Date(submittedAt.getTime() + dayMs);
    // Red's four hours, Amber's day and Green's three days, in calendar time: near enough for measuring.
    const screeningDueAt = new Date(
      submittedAt.getTime() + (rag === "green" ? 3 * dayMs : rag === "amber" ? dayMs : dayMs / 6),
    );
    const decidedAt = decided ? new Date(submittedAt.getTime() + random.integer(1, 20) * 3_600_000) : null;
    const typed = children.map((child) =>
      random.chance(0.12) ? { ...child, firstName: misspell(child.firstName, random.next()) } : child,
    );
    contactRows.push([
      contactId,
      `FD-${String(contactBase + index).padStart(6, "0")}`,
      account.organisationId,
      account.userId,
      submittedAt.toISOString(),
      submittedAt.toISOString(),
      thresholdDocument.id,
      account.referralSource,
      false,
      answersFor(typed, suggested),
      [`neglect-${suggested}-sample`],
      suggested,
      suggested,
      "yes",
      suggested < 4 ? "yes" : null,
      status,
      rag,
      status === "submitted" ? null : screener,
      dueAt.toISOString(),
      screeningDueAt.toISOString(),
      decidedAt?.toISOString(),
    ]);
    const decisionId = decided ? seededUuid(random) : null;
    if (decisionId)
      decisionRows.push([
        decisionId,
        contactId,
        rag,
        "Needs are met at this level; see the screening record.",
        "Thank you for your contact. We have decided what happens next; please sign in for details.",
        "recorded",
        screener,
        decidedAt!.toISOString(),
      ]);
    typed.forEach((child, position) => {
      const childId = seededUuid(random);
      childRows.push([
        childId,
        contactId,
        position,
        child.firstName,
        child.lastName,
        child.dateOfBirth,
        child.sex,
        child.nhsNumber,
        child.postcode,
        decided ? child.id : null,
        submittedAt.toISOString(),
      ]);
      if (decisionId)
        childDecisionRows.push([
          seededUuid(random),
          decisionId,
          childId,
          levelFor[outcomes[position]!],
          outcomes[position],
        ]);
    });
    if (decided && outcomes[0]!.startsWith("early_help") && random.chance(0.4)) {
      planNumber += 1;
      addPlan(
        random,
        {
          planNumber,
          contactId,
          children: children,
          startedOn: isoDate(decidedAt!),
          lead: earlyHelpLead,
          now: options.now,
        },
        { planRows, planChildRows, goalRows, reviewRows, scoreRows },
      );
    }
    if (contactRows.length >= 20_000) {
      await flush();
      options.log(`contacts: ${index + 1} of ${options.contacts} in ${seconds(started)}`);
    }
  }
  await flush();
  await sql`select setval('contact_reference_seq', ${contactBase + options.contacts})`;
  await sql`select setval('early_help_plan_reference_seq', ${planBase + planNumber})`;
  options.log(`contacts: ${options.contacts}, early help plans: ${planNumber}, in ${seconds(started)}; analysing`);
  await sql`analyze`;
}

function makePeople(random: Random, count: number, now: Date): Person[] {
  const postcodes = seededPostcodes(random, Math.max(50, Math.round(count / 12)));
  const people: Person[] = [];
  let household = 0;
  while (people.length < count) {
    household += 1;
    const lastName = random.pick(lastNames);
    const postcode = random.pick(postcodes);
    const line1 = `${random.integer(1, 180)} ${random.pick(["Moor", "Church", "Station", "Mill", "Park", "Victoria"])} ${random.pick(["Road", "Street", "Lane", "Close", "Avenue"])}`;
    const siblings = random.weighted([
      [1, 5],
      [2, 3],
      [3, 2],
    ] as const);
    for (let sibling = 0; sibling < siblings && people.length < count; sibling += 1) {
      const born = new Date(now.getTime() - random.integer(30, 17 * 365) * dayMs);
      people.push({
        id: seededUuid(random),
        firstName: random.pick(firstNames),
        lastName,
        dateOfBirth: isoDate(born),
        sex: random.chance(0.5) ? "female" : "male",
        nhsNumber: random.chance(0.7) ? seededNhsNumber(random) : null,
        postcode,
        line1,
        household,
      });
    }
  }
  return people;
}

interface PlanInput {
  planNumber: number;
  contactId: string;
  children: Person[];
  startedOn: string;
  lead: string;
  now: Date;
}

function addPlan(
  random: Random,
  plan: PlanInput,
  rows: Record<"planRows" | "planChildRows" | "goalRows" | "reviewRows" | "scoreRows", Cell[][]>,
): void {
  const planId = seededUuid(random);
  const open = Date.parse(plan.startedOn) > plan.now.getTime() - 180 * dayMs;
  const closedOn = open ? null : isoDate(new Date(Date.parse(plan.startedOn) + random.integer(60, 300) * dayMs));
  rows.planRows.push([
    planId,
    `EH-${String(plan.planNumber).padStart(6, "0")}`,
    "early_help",
    open ? "active" : "closed",
    "mash_decision",
    plan.contactId,
    "Concerns about home conditions and school attendance.",
    plan.startedOn,
    plan.lead,
    plan.lead,
    closedOn,
    closedOn ? "outcomes_achieved" : null,
  ]);
  plan.children.forEach((child, position) =>
    rows.planChildRows.push([
      seededUuid(random),
      planId,
      position,
      child.id,
      child.firstName,
      child.lastName,
      child.dateOfBirth,
      child.sex,
    ]),
  );
  const goals = [0, 1].map((position) => {
    const id = seededUuid(random);
    const baseline = random.integer(1, 5);
    rows.goalRows.push([
      id,
      planId,
      position,
      position === 0 ? "education" : "family_relationships",
      "Attendance and routines",
      "Attend school every day",
      plan.startedOn,
      baseline,
      random.integer(7, 10),
    ]);
    return { id, baseline };
  });
  for (let review = 1; review <= 2; review += 1) {
    const heldOn = isoDate(new Date(Date.parse(plan.startedOn) + review * 42 * dayMs));
    if (Date.parse(heldOn) > plan.now.getTime()) break;
    const reviewId = seededUuid(random);
    rows.reviewRows.push([
      reviewId,
      planId,
      heldOn,
      [{ name: "Lead professional", role: "Lead professional" }],
      "Steady progress.",
      isoDate(new Date(Date.parse(heldOn) + 42 * dayMs)),
      plan.lead,
    ]);
    for (const goal of goals)
      rows.scoreRows.push([
        seededUuid(random),
        goal.id,
        reviewId,
        heldOn,
        Math.min(10, goal.baseline + review + random.integer(0, 1)),
      ]);
  }
}

/** A submitted contact's answers, shaped like the form's, so every page that shows a contact can render it. */
function answersFor(children: Person[], level: number): ContactDraftAnswers {
  return {
    immediateDanger: { immediateDanger: "no" },
    referrer: {
      name: "A referrer",
      role: "Safeguarding lead",
      organisation: "Northmoor partner",
      phone: "01632 960111",
      email: "referrer@northmoor.example",
    },
    children: children.map((child) => ({
      isUnborn: "no" as const,
      firstName: child.firstName,
      lastName: child.lastName,
      dateOfBirth: child.dateOfBirth,
      sex: child.sex,
      address: { line1: child.line1, town: "Northmoor", postcode: child.postcode },
      disability: "no" as const,
      firstLanguage: "English",
      interpreterNeeded: "no" as const,
      ...(child.nhsNumber ? { nhsNumber: child.nhsNumber } : {}),
    })),
    addAnotherChild: { addAnother: "no" },
    adults: [],
    addAnotherAdult: { addAnother: "no" },
    descriptors: { descriptorIds: [] },
    concern: {
      worry:
        "The children have arrived at school hungry and tired on several days this half term, and say there is little food at home.",
      workingWell: "Their mother brings them to school and talks openly with staff.",
      needsToHappen: "Help for the family with food and money, and an assessment of what else they need.",
    },
    level: { agreesWithSuggestion: "yes", suggestedLevel: level },
    consent: { familyAware: "yes", familyConsented: "yes" },
  } as ContactDraftAnswers;
}

async function partnerAccounts(sql: Sql): Promise<Record<string, Account>> {
  const rows = await sql<{ type: string; userId: string; organisationId: string }[]>`
    select distinct on (o.type) o.type, u.id as "userId", o.id as "organisationId"
    from organisations o join users u on u.organisation_id = o.id order by o.type, u.email`;
  const census: Record<string, string> = {
    police: "6",
    school: "2A",
    health_visiting: "3B",
    gp: "3A",
    emergency_department: "3E",
    early_years: "8",
    early_help: "5D",
    social_care: "5A",
  };
  const byType = Object.fromEntries(rows.map((row) => [row.type, row]));
  const fallback = byType.school ?? rows[0];
  if (!fallback) throw new Error("No organisations with users: seed the demo council first.");
  return Object.fromEntries(
    sourceMix.map(([type]) => [
      type,
      {
        userId: (byType[type] ?? fallback).userId,
        organisationId: (byType[type] ?? fallback).organisationId,
        referralSource: census[type]!,
      },
    ]),
  );
}

async function userId(sql: Sql, role: string): Promise<string> {
  const [row] = await sql<{ id: string }[]>`select id from users where role = ${role} order by email limit 1`;
  if (!row) throw new Error(`No ${role} user: seed the demo council first.`);
  return row.id;
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}
