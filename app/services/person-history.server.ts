import { and, asc, desc, eq, inArray, ne, sql } from "drizzle-orm";
import type { Queryable } from "#db/connection";
import {
  childDecisions,
  contactChildren,
  contacts,
  decisions,
  earlyHelpPlanChildren,
  earlyHelpPlans,
  organisations,
  persons,
  type ContactRow,
} from "#db/schema";
import { isRepeatContact } from "~/domain/mash/repeat-contact";
import { type PersonSummary } from "./person-matching.server";

/** What the council already knows about a child, for the screener: earlier contacts, plans, and the household. */
interface PreviousContact {
  reference: string;
  receivedAt: Date;
  organisationName: string | null;
  status: ContactRow["status"];
  decidedAt: Date | null;
  /** The outcome for this person in that contact, once decided. */
  outcome: { outcome: string; decidedLevel: number } | null;
}

interface HouseholdMember {
  person: Pick<PersonSummary, "id" | "firstName" | "lastName" | "dateOfBirth">;
  /** Same address on record, or named in the same contact. */
  connection: "sameAddress" | "sameContact";
}

interface PlanSummary {
  reference: string;
  kind: string;
  status: string;
  startedOn: string;
  closedOn: string | null;
}

export interface PersonHistory {
  previousContacts: PreviousContact[];
  /** Open plans first, then past ones, newest first. */
  plans: PlanSummary[];
  repeatWithin12Months: boolean;
  household: HouseholdMember[];
}

export async function personHistory(
  queryable: Queryable,
  person: PersonSummary,
  contact: ContactRow,
): Promise<PersonHistory> {
  const previous = await queryable
    .select({
      contactId: contacts.id,
      contactChildId: contactChildren.id,
      reference: contacts.reference,
      receivedAt: contacts.receivedAt,
      organisationName: organisations.name,
      status: contacts.status,
      decidedAt: contacts.decidedAt,
    })
    .from(contactChildren)
    .innerJoin(contacts, eq(contacts.id, contactChildren.contactId))
    .leftJoin(organisations, eq(organisations.id, contacts.organisationId))
    .where(and(eq(contactChildren.personId, person.id), ne(contacts.id, contact.id)))
    .orderBy(desc(contacts.receivedAt));
  const outcomes = previous.length
    ? await queryable
        .select({
          contactChildId: childDecisions.contactChildId,
          outcome: childDecisions.outcome,
          decidedLevel: childDecisions.decidedLevel,
        })
        .from(childDecisions)
        .innerJoin(decisions, eq(decisions.id, childDecisions.decisionId))
        .where(
          and(
            inArray(
              childDecisions.contactChildId,
              previous.map((row) => row.contactChildId),
            ),
            inArray(decisions.state, ["recorded", "approved"]),
          ),
        )
    : [];

  // Other children named with this one in any contact, and anyone on record at the same address.
  const contactIds = [contact.id, ...previous.map((row) => row.contactId)];
  const sameContact = await queryable
    .selectDistinct({
      id: persons.id,
      firstName: persons.firstName,
      lastName: persons.lastName,
      dateOfBirth: persons.dateOfBirth,
    })
    .from(contactChildren)
    .innerJoin(persons, eq(persons.id, contactChildren.personId))
    .where(and(inArray(contactChildren.contactId, contactIds), ne(persons.id, person.id)));
  const sameAddress =
    person.postcode && person.addressLine1
      ? await queryable
          .select({
            id: persons.id,
            firstName: persons.firstName,
            lastName: persons.lastName,
            dateOfBirth: persons.dateOfBirth,
          })
          .from(persons)
          .where(
            and(
              eq(persons.postcode, person.postcode),
              sql`lower(${persons.addressLine1}) = lower(${person.addressLine1})`,
              ne(persons.id, person.id),
            ),
          )
          .orderBy(asc(persons.dateOfBirth))
      : [];
  const household: HouseholdMember[] = sameContact.map((member) => ({ person: member, connection: "sameContact" }));
  for (const member of sameAddress) {
    if (!household.some((known) => known.person.id === member.id)) {
      household.push({ person: member, connection: "sameAddress" });
    }
  }

  const plans = await queryable
    .selectDistinct({
      reference: earlyHelpPlans.reference,
      kind: earlyHelpPlans.kind,
      status: earlyHelpPlans.status,
      startedOn: earlyHelpPlans.startedOn,
      closedOn: earlyHelpPlans.closedOn,
    })
    .from(earlyHelpPlanChildren)
    .innerJoin(earlyHelpPlans, eq(earlyHelpPlans.id, earlyHelpPlanChildren.planId))
    .where(eq(earlyHelpPlanChildren.personId, person.id))
    .orderBy(desc(earlyHelpPlans.startedOn));

  return {
    plans: [...plans.filter((plan) => plan.status !== "closed"), ...plans.filter((plan) => plan.status === "closed")],
    previousContacts: previous.map((row) => {
      const outcome = outcomes.find((candidate) => candidate.contactChildId === row.contactChildId);
      return {
        reference: row.reference,
        receivedAt: row.receivedAt,
        organisationName: row.organisationName,
        status: row.status,
        decidedAt: row.decidedAt,
        outcome: outcome ? { outcome: outcome.outcome, decidedLevel: outcome.decidedLevel } : null,
      };
    }),
    repeatWithin12Months: isRepeatContact(
      contact.receivedAt,
      previous.map((row) => row.receivedAt),
    ),
    household,
  };
}
