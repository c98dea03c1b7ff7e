import { and, eq, isNull, sql, type SQL } from "drizzle-orm";
import type { Queryable, Transaction } from "#db/connection";
import {
  contactChildren,
  personLinks,
  persons,
  type ContactChildRow,
  type ContactRow,
  type PersonRow,
} from "#db/schema";
import type { CurrentUser } from "~/auth/session.server";
import type { ContactDraftAnswers } from "~/domain/contact/journey";
import {
  dayMonthSwapped,
  matchingRules,
  rankCandidates,
  scoreCandidate,
  usableNhsNumber,
  yearEitherSide,
  type MatchCandidate,
  type MatchDetails,
  type ScoredCandidate,
} from "~/domain/person-matching/matching";
import { expectantMother } from "~/domain/person-matching/mother";
import { normaliseName } from "~/domain/person-matching/names";
import { db } from "~/db.server";
import { recordAudit, type AuditActor } from "./audit.server";
import { answeredChild, findContact, refuse, withScreenerContact, type Outcome } from "./mash-contacts.server";
import { isUuid } from "~/domain/uuid";

/** How many people each way of narrowing may bring back before names are scored. */
const narrowingLimit = 50;
const searchLimit = 20;

export type PersonSummary = Pick<
  PersonRow,
  | "id"
  | "firstName"
  | "lastName"
  | "dateOfBirth"
  | "expectedDeliveryDate"
  | "motherFirstName"
  | "motherLastName"
  | "motherDateOfBirth"
  | "sex"
  | "nhsNumber"
  | "postcode"
  | "addressLine1"
  | "addressLine2"
  | "town"
>;

export const personSummaryColumns = {
  id: persons.id,
  firstName: persons.firstName,
  lastName: persons.lastName,
  dateOfBirth: persons.dateOfBirth,
  expectedDeliveryDate: persons.expectedDeliveryDate,
  motherFirstName: persons.motherFirstName,
  motherLastName: persons.motherLastName,
  motherDateOfBirth: persons.motherDateOfBirth,
  sex: persons.sex,
  nhsNumber: persons.nhsNumber,
  postcode: persons.postcode,
  addressLine1: persons.addressLine1,
  addressLine2: persons.addressLine2,
  town: persons.town,
};

export type CandidateMatch = ScoredCandidate & { person: PersonSummary };

/**
 * A child in a contact as the matcher reads them: the address and, for an
 * unborn child, the mother come from what the referrer answered.
 */
export function matchDetailsOf(child: ContactChildRow, answers: ContactDraftAnswers): MatchDetails {
  const unborn = child.dueDate !== null && child.dateOfBirth === null;
  return {
    firstName: child.firstName,
    lastName: child.lastName,
    dateOfBirth: child.dateOfBirth,
    expectedDeliveryDate: child.dueDate,
    mother: unborn ? expectantMother(answers.adults) : null,
    sex: child.sex,
    nhsNumber: child.nhsNumber,
    postcode: child.postcode,
    addressLine1: answeredChild(answers, child)?.address.line1 ?? null,
  };
}

/** A person record as the matcher reads it. */
export function candidateOf(person: PersonSummary): MatchCandidate {
  return {
    ...person,
    mother: person.motherLastName
      ? { firstName: person.motherFirstName, lastName: person.motherLastName, dateOfBirth: person.motherDateOfBirth }
      : null,
  };
}

function shiftDate(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * The ids of the people worth scoring for this child, or null when there is
 * nothing to narrow by. The database narrows a million records to a few
 * hundred by the indexed exact facts (a usable NHS number; the date of birth
 * within a few days, with day and month swapped, or a year either side; for
 * a pregnancy, the expected date of delivery, or a birth near it; postcode),
 * keeping in each group the names most alike by trigram similarity.
 */
export function candidateQuery(child: MatchDetails): SQL | null {
  const name = normaliseName(child.firstName, child.lastName);
  const byName = sql`similarity(normalised_name, ${name}) desc`;
  const bornBetween = (from: string, to: string) =>
    sql`(select id from persons where date_of_birth between ${from}::date and ${to}::date order by ${byName} limit ${narrowingLimit})`;
  const expectedBetween = (from: string, to: string) =>
    sql`(select id from persons where expected_delivery_date between ${from}::date and ${to}::date limit ${narrowingLimit})`;
  const groups: SQL[] = [];
  const nhsNumber = usableNhsNumber(child.nhsNumber);
  if (nhsNumber) groups.push(sql`(select id from persons where nhs_number = ${nhsNumber})`);
  if (child.dateOfBirth) {
    const window = matchingRules.dateOfBirthWindowDays;
    groups.push(bornBetween(shiftDate(child.dateOfBirth, -window), shiftDate(child.dateOfBirth, window)));
    const mistyped = [dayMonthSwapped(child.dateOfBirth), ...yearEitherSide(child.dateOfBirth)].filter(
      (date): date is string => date !== null,
    );
    if (mistyped.length > 0) {
      const dates = sql.join(
        mistyped.map((date) => sql`${date}::date`),
        sql`, `,
      );
      groups.push(
        sql`(select id from persons where date_of_birth in (${dates}) order by ${byName} limit ${narrowingLimit})`,
      );
    }
    // A record made before this child was born.
    groups.push(
      expectedBetween(
        shiftDate(child.dateOfBirth, -matchingRules.bornAfterExpectedDays),
        shiftDate(child.dateOfBirth, matchingRules.bornBeforeExpectedDays),
      ),
    );
  } else if (child.expectedDeliveryDate) {
    const window = matchingRules.expectedDeliveryWindowDays;
    groups.push(
      expectedBetween(shiftDate(child.expectedDeliveryDate, -window), shiftDate(child.expectedDeliveryDate, window)),
    );
    // The same baby, born since.
    groups.push(
      bornBetween(
        shiftDate(child.expectedDeliveryDate, -matchingRules.bornBeforeExpectedDays),
        shiftDate(child.expectedDeliveryDate, matchingRules.bornAfterExpectedDays),
      ),
    );
  }
  if (child.postcode) {
    groups.push(
      sql`(select id from persons where postcode = ${child.postcode} order by ${byName} limit ${narrowingLimit})`,
    );
  }
  return groups.length ? sql.join(groups, sql` union `) : null;
}

/** The person records that might be this child, best first, each with a score and why (the matching rules). */
export async function findCandidates(queryable: Queryable, child: MatchDetails, limit = 5): Promise<CandidateMatch[]> {
  const query = candidateQuery(child);
  if (!query) return [];
  // One round trip: the narrowed ids and the records behind them. A record merged into another is no longer a child
  // of its own; the groups read indexes alone, so it is left out here.
  const found = await queryable
    .select(personSummaryColumns)
    .from(persons)
    .where(and(sql`${persons.id} in ${sql`(${query})`}`, isNull(persons.mergedIntoId)));
  const byId = new Map(found.map((person) => [person.id, person]));
  return rankCandidates(child, found.map(candidateOf), limit).map((scored) => ({
    ...scored,
    person: byId.get(scored.personId)!,
  }));
}

/**
 * Free-text search by name, for a child the automatic candidates missed:
 * word similarity lets "smyth" find "John Smith", served by the trigram index.
 */
export async function searchPersonsByName(query: string): Promise<PersonSummary[]> {
  const name = normaliseName(query);
  if (name.length < 2) return [];
  return db().transaction(async (tx) => {
    await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', '0.4', true)`);
    return tx
      .select(personSummaryColumns)
      .from(persons)
      .where(and(sql`${name} <% ${persons.normalisedName}`, isNull(persons.mergedIntoId)))
      .orderBy(sql`word_similarity(${name}, ${persons.normalisedName}) desc`, persons.lastName, persons.firstName)
      .limit(searchLimit);
  });
}

async function findChild(queryable: Queryable, contactId: string, childId: string) {
  const [child] = await queryable
    .select()
    .from(contactChildren)
    .where(and(eq(contactChildren.id, childId), eq(contactChildren.contactId, contactId)));
  return child;
}

/** A screener's change to one child of a contact they are working on; a child not on the contact is "not found". */
function withScreenerChild(
  user: CurrentUser,
  reference: string,
  childId: string,
  body: (tx: Transaction, contact: ContactRow, child: ContactChildRow) => Promise<Outcome>,
): Promise<Outcome> {
  return withScreenerContact(user, reference, async (tx, contact) => {
    const child = await findChild(tx, contact.id, childId);
    return child ? body(tx, contact, child) : refuse("notFound");
  });
}

/** The screener says this child is this person: from now on the child's history follows them. */
export async function linkChildToPerson(
  actor: AuditActor,
  user: CurrentUser,
  reference: string,
  childId: string,
  personId: string,
): Promise<Outcome> {
  return withScreenerChild(user, reference, childId, async (tx, contact, child) => {
    if (child.personId === personId) return { ok: true };
    if (child.personId) return refuse("mash.link.error.alreadyLinked");
    const [person] = await tx.select(personSummaryColumns).from(persons).where(eq(persons.id, personId));
    if (!person) return refuse("notFound");
    const scored = scoreCandidate(matchDetailsOf(child, contact.answers), candidateOf(person));
    // The same NHS number on another child: one of the two records is wrong, and a link would join their histories.
    if (scored?.strength === "conflict") return refuse("mash.link.error.nhsNumberConflict");
    await tx.update(contactChildren).set({ personId }).where(eq(contactChildren.id, child.id));
    await tx.insert(personLinks).values({
      contactChildId: child.id,
      personId,
      event: "linked",
      reason: scored ? scored.reasons.join(", ") : null,
      matchScore: scored?.score ?? null,
      actorId: user.id,
    });
    await recordAudit(tx, actor, {
      action: "person.linked",
      subjectType: "contact",
      subjectId: contact.id,
      personId,
      details: { reference, contactChildId: child.id, score: scored?.score ?? null },
    });
    return { ok: true };
  });
}

/** A link made in error is undone, with the reason kept; the person record stays. */
export async function unlinkChild(
  actor: AuditActor,
  user: CurrentUser,
  reference: string,
  childId: string,
  reason: string,
): Promise<Outcome> {
  return withScreenerChild(user, reference, childId, async (tx, contact, child) => {
    if (!child.personId) return refuse("mash.unlink.error.notLinked");
    await tx.update(contactChildren).set({ personId: null }).where(eq(contactChildren.id, child.id));
    await tx.insert(personLinks).values({
      contactChildId: child.id,
      personId: child.personId,
      event: "unlinked",
      reason,
      actorId: user.id,
    });
    await recordAudit(tx, actor, {
      action: "person.unlinked",
      subjectType: "contact",
      subjectId: contact.id,
      personId: child.personId,
      reason,
      details: { reference, contactChildId: child.id },
    });
    return { ok: true };
  });
}

/** No record fits: the screener makes one from what the referrer gave, and links the child to it. */
export async function createPersonForChild(
  actor: AuditActor,
  user: CurrentUser,
  reference: string,
  childId: string,
): Promise<Outcome> {
  return withScreenerChild(user, reference, childId, async (tx, contact, child) => {
    if (child.personId) return refuse("mash.link.error.alreadyLinked");
    const address = answeredChild(contact.answers, child)?.address;
    const { mother } = matchDetailsOf(child, contact.answers);
    const [person] = await tx
      .insert(persons)
      .values({
        firstName: child.firstName,
        lastName: child.lastName,
        normalisedName: normaliseName(child.firstName, child.lastName),
        dateOfBirth: child.dateOfBirth,
        expectedDeliveryDate: child.dueDate,
        motherFirstName: mother?.firstName ?? null,
        motherLastName: mother?.lastName ?? null,
        motherDateOfBirth: mother?.dateOfBirth ?? null,
        sex: child.sex,
        nhsNumber: child.nhsNumber,
        postcode: child.postcode ?? address?.postcode ?? null,
        addressLine1: address?.line1 ?? null,
        addressLine2: address?.line2 ?? null,
        town: address?.town ?? null,
        createdBy: user.id,
      })
      .returning({ id: persons.id });
    await tx.update(contactChildren).set({ personId: person!.id }).where(eq(contactChildren.id, child.id));
    await tx.insert(personLinks).values({
      contactChildId: child.id,
      personId: person!.id,
      event: "linked",
      reason: "new person record",
      actorId: user.id,
    });
    await recordAudit(tx, actor, {
      action: "person.created",
      subjectType: "contact",
      subjectId: contact.id,
      personId: person!.id,
      details: { reference, contactChildId: child.id },
    });
    return { ok: true };
  });
}

export interface ChildOnContact {
  contactId: string;
  reference: string;
  child: { id: string; firstName: string | null; lastName: string; personId: string | null };
}

/** A child in a contact, for the pages that link or unlink them. */
export async function childOnContact(reference: string, childId: string): Promise<ChildOnContact | undefined> {
  const contact = await findContact(db(), reference);
  if (!contact || !isUuid(childId)) return undefined;
  const child = await findChild(db(), contact.id, childId);
  if (!child) return undefined;
  return {
    contactId: contact.id,
    reference: contact.reference,
    child: { id: child.id, firstName: child.firstName, lastName: child.lastName, personId: child.personId },
  };
}

/** The search page: people whose names are like `query`, each view recorded against the person shown. */
export async function searchForChild(
  actor: AuditActor,
  reference: string,
  childId: string,
  query: string,
): Promise<(ChildOnContact & { results: PersonSummary[] }) | undefined> {
  const found = await childOnContact(reference, childId);
  if (!found) return undefined;
  const results = query ? await searchPersonsByName(query) : [];
  await recordAudit(
    db(),
    actor,
    results.map((person) => ({
      action: "person.viewed",
      subjectType: "contact",
      subjectId: found.contactId,
      personId: person.id,
      details: { reference, contactChildId: childId, as: "searchResult" },
    })),
  );
  return { ...found, results };
}
