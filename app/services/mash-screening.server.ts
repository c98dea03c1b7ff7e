import { asc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Queryable } from "#db/connection";
import { contactChildren, contacts, organisations, personLinks, persons, users, type ContactRow } from "#db/schema";
import { can } from "~/auth/permissions";
import type { CurrentUser } from "~/auth/session.server";
import { db } from "~/db.server";
import type { ContactDraftAnswers } from "~/domain/contact/journey";
import { refusalForScreeningWork, transition } from "~/domain/mash/contact-status";
import type { KnownReason } from "~/domain/mash/known-child";
import type { ThresholdDescriptor, ThresholdLevel } from "~/domain/thresholds/document";
import type { TimeLeft } from "~/domain/working-days";
import { recordAudit, type AuditActor } from "./audit.server";
import { loadChecks, type CheckView } from "./mash-checks.server";
import { knownChildren } from "./known-children.server";
import { answeredChild } from "./mash-contacts.server";
import { loadDecisions, type DecisionView } from "./mash-decisions.server";
import { screeningClock } from "./mash-settings.server";
import {
  findCandidates,
  matchDetailsOf,
  personSummaryColumns,
  type CandidateMatch,
  type PersonSummary,
} from "./person-matching.server";
import { thresholdDocumentById } from "./thresholds.server";
import { personHistory, type PersonHistory } from "./person-history.server";

const recorder = alias(users, "recorder");
const assignee = alias(users, "assignee");

interface LinkEvent {
  event: "linked" | "unlinked";
  reason: string | null;
  actorName: string;
  occurredAt: Date;
}

export interface ChildScreening {
  id: string;
  firstName: string | null;
  lastName: string;
  dateOfBirth: string | null;
  dueDate: string | null;
  sex: string;
  nhsNumber: string | null;
  address: { line1?: string; line2?: string; town?: string; postcode?: string } | null;
  linked: { person: PersonSummary; history: PersonHistory } | null;
  candidates: CandidateMatch[];
  links: LinkEvent[];
  /** Why the council already knows this child, before or after linking (`known-child.ts`); empty if it does not. */
  known: KnownReason[];
}

export interface ScreeningView {
  contact: {
    id: string;
    reference: string;
    submittedAt: Date;
    /** When the council received it: the clock runs from here. */
    receivedAt: Date;
    channel: ContactRow["channel"];
    referrerKind: ContactRow["referrerKind"];
    referrerRelationship: ContactRow["referrerRelationship"];
    /** A member of the public's own words, for a concern sent online. */
    publicConcern: ContactRow["publicConcern"];
    organisationName: string;
    submittedByName: string;
    recordedByName: string | null;
    /** A phoned report's written confirmation: when it is due and when it came. */
    confirmation: { dueAt: Date; confirmedAt: Date | null; correction: string | null } | null;
    referralSource: string;
    immediateDanger: boolean;
    status: ContactRow["status"];
    rag: ContactRow["rag"];
    suggestedLevel: number | null;
    referrerLevel: number | null;
    answers: Omit<ContactDraftAnswers, "children">;
    assignee: { id: string; name: string } | null;
    screeningDueAt: Date;
    screeningTimeLeft: TimeLeft;
    decisionDueAt: Date;
    decisionTimeLeft: TimeLeft;
  };
  levels: Pick<ThresholdLevel, "level" | "name">[];
  descriptors: Pick<ThresholdDescriptor, "id" | "text" | "level">[];
  children: ChildScreening[];
  checks: CheckView[];
  decisions: DecisionView[];
  can: { claim: boolean; release: boolean; assign: boolean; work: boolean; signOff: boolean };
}

async function linkEvents(queryable: Queryable, childIds: string[]) {
  if (childIds.length === 0) return [];
  return queryable
    .select({
      contactChildId: personLinks.contactChildId,
      event: personLinks.event,
      reason: personLinks.reason,
      actorName: users.name,
      occurredAt: personLinks.occurredAt,
    })
    .from(personLinks)
    .innerJoin(users, eq(users.id, personLinks.actorId))
    .where(inArray(personLinks.contactChildId, childIds))
    .orderBy(asc(personLinks.occurredAt));
}

/**
 * Everything a screener needs on one page: the contact as the referrer made
 * it, each child with their candidate person records or, once linked, their
 * history; the information checks; the decisions. Every person shown is
 * recorded in the audit trail against that person.
 */
export async function screeningView(
  actor: AuditActor,
  user: CurrentUser,
  reference: string,
  now = new Date(),
): Promise<ScreeningView | undefined> {
  // The contact and the names it refers to in one statement: everything else waits on it.
  const [found] = await db()
    .select({
      contact: contacts,
      organisationName: organisations.name,
      submittedByName: users.name,
      recordedByName: recorder.name,
      assigneeId: assignee.id,
      assigneeName: assignee.name,
    })
    .from(contacts)
    .leftJoin(organisations, eq(organisations.id, contacts.organisationId))
    .leftJoin(users, eq(users.id, contacts.submittedBy))
    .leftJoin(recorder, eq(recorder.id, contacts.recordedBy))
    .leftJoin(assignee, eq(assignee.id, contacts.assignedTo))
    .where(eq(contacts.reference, reference));
  if (!found) return undefined;
  const { contact } = found;
  // What does not wait on anything else is asked for at once, each on a connection of its own.
  const [document, childRows] = await Promise.all([
    thresholdDocumentById(contact.thresholdDocumentId, db()),
    db()
      .select()
      .from(contactChildren)
      .where(eq(contactChildren.contactId, contact.id))
      .orderBy(asc(contactChildren.position)),
  ]);
  const linkedIds = childRows.flatMap((child) => (child.personId ? [child.personId] : []));
  const [linkedPersons, events] = await Promise.all([
    linkedIds.length ? db().select(personSummaryColumns).from(persons).where(inArray(persons.id, linkedIds)) : [],
    linkEvents(
      db(),
      childRows.map((child) => child.id),
    ),
  ]);

  const children: ChildScreening[] = await Promise.all(
    childRows.map(async (child) => {
      const person = linkedPersons.find((candidate) => candidate.id === child.personId);
      return {
        id: child.id,
        firstName: child.firstName,
        lastName: child.lastName,
        dateOfBirth: child.dateOfBirth,
        dueDate: child.dueDate,
        sex: child.sex,
        nhsNumber: child.nhsNumber,
        address: answeredChild(contact.answers, child)?.address ?? null,
        linked: person ? { person, history: await personHistory(db(), person, contact) } : null,
        candidates: person ? [] : await findCandidates(db(), matchDetailsOf(child, contact.answers)),
        links: events.filter((event) => event.contactChildId === child.id),
        known: [],
      };
    }),
  );
  const [known, decisionViews, checks] = await Promise.all([
    knownChildren(
      db(),
      childRows.map((row, index) => ({
        contactChildId: row.id,
        contactId: contact.id,
        receivedAt: contact.receivedAt,
        firstName: row.firstName,
        lastName: row.lastName,
        dateOfBirth: row.dateOfBirth,
        nhsNumber: row.nhsNumber,
        personIds: row.personId
          ? [row.personId]
          : children[index]!.candidates.filter((candidate) => candidate.strength === "strong").map(
              (candidate) => candidate.personId,
            ),
      })),
    ),
    loadDecisions(db(), [contact.id]),
    loadChecks(db(), contact.id, now),
  ]);
  for (const child of children) child.known = known.get(child.id) ?? [];
  const awaiting = decisionViews.find((decision) => decision.state === "awaiting_sign_off");
  const { screeningDueAt, decisionDueAt } = contact;
  const mine = contact.assignedTo === user.id;

  await recordAudit(db(), actor, [
    { action: "mash.contact.viewed", subjectType: "contact", subjectId: contact.id, details: { reference } },
    ...children.flatMap((child) => {
      const shown = child.linked
        ? [
            { personId: child.linked.person.id, as: "linked" },
            ...child.linked.history.household.map((member) => ({ personId: member.person.id, as: "household" })),
          ]
        : child.candidates.map((candidate) => ({ personId: candidate.personId, as: "candidate" }));
      return shown.map(({ personId, as }) => ({
        action: "person.viewed" as const,
        subjectType: "contact",
        subjectId: contact.id,
        personId,
        details: { reference, contactChildId: child.id, as },
      }));
    }),
  ]);

  const { children: _children, ...answers } = contact.answers;
  return {
    contact: {
      id: contact.id,
      reference: contact.reference,
      submittedAt: contact.submittedAt,
      receivedAt: contact.receivedAt,
      channel: contact.channel,
      referrerKind: contact.referrerKind,
      referrerRelationship: contact.referrerRelationship,
      publicConcern: contact.publicConcern,
      organisationName: found.organisationName ?? "",
      submittedByName: found.submittedByName ?? "",
      recordedByName: found.recordedByName,
      confirmation: contact.confirmationDueAt
        ? {
            dueAt: contact.confirmationDueAt,
            confirmedAt: contact.confirmedAt,
            correction: contact.confirmationCorrection,
          }
        : null,
      referralSource: contact.referralSource,
      immediateDanger: contact.immediateDanger,
      status: contact.status,
      rag: contact.rag,
      suggestedLevel: contact.suggestedLevel,
      referrerLevel: contact.referrerLevel,
      answers,
      assignee: found.assigneeId && found.assigneeName ? { id: found.assigneeId, name: found.assigneeName } : null,
      screeningDueAt,
      screeningTimeLeft: screeningClock.describeTimeLeft(now, screeningDueAt),
      decisionDueAt,
      decisionTimeLeft: screeningClock.describeTimeLeft(now, decisionDueAt),
    },
    levels: (document?.document.levels ?? []).map(({ level, name }) => ({ level, name })),
    descriptors: (document?.document.descriptors ?? [])
      .filter((descriptor) => contact.descriptorIds.includes(descriptor.id))
      .map(({ id, text, level }) => ({ id, text, level })),
    children,
    checks,
    decisions: decisionViews,
    can: {
      claim: transition(contact.status, { type: "claim" }).ok,
      release: mine && transition(contact.status, { type: "release" }).ok,
      assign: can(user, "mash.assign") && transition(contact.status, { type: "assign" }).ok,
      work: mine && refusalForScreeningWork(contact.status) === null,
      signOff: can(user, "mash.signOff") && awaiting !== undefined && awaiting.recordedById !== user.id,
    },
  };
}
