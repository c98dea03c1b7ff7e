import { randomUUID } from "node:crypto";
import { and, asc, desc, eq, inArray, or, sql } from "drizzle-orm";
import type { Queryable } from "#db/connection";
import { contactChildren, contacts, thresholdDocuments } from "#db/schema";
import type { ContactChannel, IndividualRelationship, ReferrerKind } from "~/domain/contact/channels";
import type { ContactDraftAnswers } from "~/domain/contact/journey";
import type { PublicConcernAnswers } from "~/domain/contact/public-concern";
import type { ContactStatus } from "~/domain/mash/contact-status";
import type { ThresholdDocument } from "~/domain/thresholds/document";
import { clampPage, countCap, pageCount, type PageRequest, type Paged } from "~/lists/pages";

/**
 * Submitted contacts, as the referrer's organisation sees them. Every read
 * takes the user and is scoped to their organisation: a partner never sees
 * another organisation's contacts, whatever the address says.
 */

export interface OrganisationMember {
  id: string;
  organisationId: string;
}

export interface NewContact {
  /**
   * Both made beforehand when statements that name the contact are sent with its insert (the reference by
   * `takeContactReference`); else a new id and the next reference.
   */
  id?: string;
  reference?: string;
  /** Null for an individual, an anonymous contact, or an organisation the portal does not know. */
  organisationId: string | null;
  submittedBy: string | null;
  submittedAt: Date;
  receivedAt: Date;
  channel?: ContactChannel;
  recordedBy?: string | null;
  referrerKind?: ReferrerKind;
  referrerRelationship?: IndividualRelationship | null;
  publicConcern?: PublicConcernAnswers | null;
  confirmationDueAt?: Date | null;
  thresholdDocumentId: string;
  referralSource: string;
  immediateDanger: boolean;
  answers: ContactDraftAnswers;
  descriptorIds: string[];
  suggestedLevel: number | null;
  referrerLevel: number | null;
  familyAware: string;
  consentGiven: string | null;
  decisionDueAt: Date;
  screeningDueAt: Date;
  /** The early help plan a step-up came from. */
  stepUpPlanId?: string | null;
}

export interface NewContactChild {
  firstName: string | null;
  lastName: string;
  dateOfBirth: string | null;
  dueDate: string | null;
  sex: string;
  nhsNumber: string | null;
  postcode: string | null;
  ethnicity: string | null;
  /** Already known: a step-up's children are the plan's, linked to their person records. */
  personId?: string | null;
}

/**
 * FD-000123 (FD-1234567 past a million): the sequence never repeats a number, even when a transaction that took one
 * rolls back. An expression, so that a contact whose reference was not taken beforehand takes it in the statement
 * that inserts it.
 */
const nextReference = sql<string>`(select 'FD-' || lpad(n::text, greatest(6, length(n::text)), '0')
  from nextval('contact_reference_seq') as n)`;

/**
 * A new contact's reference, taken before the contact is inserted so that the
 * statements that name it (its audit event, its acknowledgement) can be sent
 * with the insert rather than after it. A number taken by a submit that then
 * makes no contact is skipped, as one taken by a rolled-back transaction is.
 */
export async function takeContactReference(queryable: Queryable): Promise<string> {
  const [row] = await queryable.execute<{ reference: string }>(sql`select ${nextReference} as reference`);
  return row!.reference;
}

/**
 * The contact, its reference and its children in one statement (the
 * contact in a CTE), so a submit waits for one round trip rather than three.
 * The id is made before the statement (here, unless the caller made it) so
 * the children can name it; their foreign key is checked at the statement's
 * end.
 */
export async function insertContact(
  queryable: Queryable,
  contact: NewContact,
  children: NewContactChild[],
): Promise<{ id: string; reference: string }> {
  const id = contact.id ?? randomUUID();
  const newContact = queryable.$with("new_contact").as(
    queryable
      .insert(contacts)
      .values({ ...contact, id, reference: contact.reference ?? nextReference })
      .returning({ reference: contacts.reference }),
  );
  const [inserted] = await queryable
    .with(newContact)
    .insert(contactChildren)
    .values(children.map((child, position) => ({ ...child, contactId: id, position, receivedAt: contact.receivedAt })))
    .returning({ reference: sql<string>`(select reference from new_contact)` });
  return { id, reference: inserted!.reference };
}

export interface ContactSummary {
  id: string;
  reference: string;
  submittedAt: Date;
  status: ContactStatus;
  children: { firstName: string | null; lastName: string; dueDate: string | null }[];
}

/** One page of the organisation's contacts, newest first, with the names of the children in each. */
export async function listOrganisationContacts(
  queryable: Queryable,
  user: OrganisationMember,
  request: PageRequest,
): Promise<Paged<ContactSummary>> {
  const ofOrganisation = eq(contacts.organisationId, user.organisationId);
  // Counting stops past the cap: an exact count of a very large organisation's history would cost more than the page.
  const [counted] = await queryable.execute<{ total: number }>(sql`
    select count(*)::int as total from (
      select 1 from ${contacts} where ${contacts.organisationId} = ${user.organisationId} limit ${countCap + 1}
    ) as capped`);
  const more = counted!.total > countCap;
  const total = Math.min(counted!.total, countCap);
  const { page, pageSize, offset } = clampPage(request, total);
  const rows = await queryable
    .select({
      id: contacts.id,
      reference: contacts.reference,
      submittedAt: contacts.submittedAt,
      status: contacts.status,
    })
    .from(contacts)
    .where(ofOrganisation)
    .orderBy(desc(contacts.submittedAt), desc(contacts.reference))
    .limit(pageSize)
    .offset(offset);
  const children = rows.length
    ? await queryable
        .select({
          contactId: contactChildren.contactId,
          firstName: contactChildren.firstName,
          lastName: contactChildren.lastName,
          dueDate: contactChildren.dueDate,
        })
        .from(contactChildren)
        .where(
          inArray(
            contactChildren.contactId,
            rows.map((row) => row.id),
          ),
        )
        .orderBy(asc(contactChildren.position))
    : [];
  const items = rows.map((row) => ({
    ...row,
    children: children
      .filter((child) => child.contactId === row.id)
      .map(({ contactId: _contactId, ...child }) => child),
  }));
  return { items, page, pageCount: pageCount(total, pageSize), total, more };
}

export interface ContactRecord {
  id: string;
  reference: string;
  submittedAt: Date;
  submittedBy: string | null;
  status: ContactStatus;
  decisionDueAt: Date;
  referralSource: string;
  suggestedLevel: number | null;
  referrerLevel: number | null;
  channel: ContactChannel;
  receivedAt: Date;
  /** A phoned report's written confirmation: due, and when and with what correction it came. */
  confirmation: { dueAt: Date; confirmedAt: Date | null; correction: string | null } | null;
  answers: ContactDraftAnswers;
  thresholdDocument: { id: string; version: string; document: ThresholdDocument };
  children: { id: string; position: number }[];
}

/** One of the organisation's contacts, with the threshold document version it was made with. */
export async function findOrganisationContact(
  queryable: Queryable,
  user: OrganisationMember,
  reference: string,
): Promise<ContactRecord | undefined> {
  const [row] = await queryable
    .select({
      id: contacts.id,
      reference: contacts.reference,
      submittedAt: contacts.submittedAt,
      submittedBy: contacts.submittedBy,
      status: contacts.status,
      decisionDueAt: contacts.decisionDueAt,
      referralSource: contacts.referralSource,
      suggestedLevel: contacts.suggestedLevel,
      referrerLevel: contacts.referrerLevel,
      channel: contacts.channel,
      receivedAt: contacts.receivedAt,
      confirmationDueAt: contacts.confirmationDueAt,
      confirmedAt: contacts.confirmedAt,
      confirmationCorrection: contacts.confirmationCorrection,
      answers: contacts.answers,
      thresholdDocumentId: thresholdDocuments.id,
      thresholdDocumentVersion: thresholdDocuments.version,
      thresholdDocument: thresholdDocuments.document,
    })
    .from(contacts)
    .innerJoin(thresholdDocuments, eq(thresholdDocuments.id, contacts.thresholdDocumentId))
    .where(and(eq(contacts.reference, reference), eq(contacts.organisationId, user.organisationId)));
  if (!row) return undefined;
  const children = await queryable
    .select({ id: contactChildren.id, position: contactChildren.position })
    .from(contactChildren)
    .where(eq(contactChildren.contactId, row.id))
    .orderBy(asc(contactChildren.position));
  const {
    thresholdDocumentId,
    thresholdDocumentVersion,
    thresholdDocument,
    confirmationDueAt,
    confirmedAt,
    confirmationCorrection,
    ...contact
  } = row;
  return {
    ...contact,
    confirmation: confirmationDueAt
      ? { dueAt: confirmationDueAt, confirmedAt, correction: confirmationCorrection }
      : null,
    thresholdDocument: { id: thresholdDocumentId, version: thresholdDocumentVersion, document: thresholdDocument },
    children,
  };
}

/**
 * The reference of a contact a draft became, by id: what a second submit of
 * the draft answers with. A partner's contact is their organisation's; one
 * the MASH recorded is found through the user who recorded it.
 */
export async function organisationContactReference(
  queryable: Queryable,
  user: OrganisationMember,
  contactId: string,
): Promise<string | undefined> {
  const [row] = await queryable
    .select({ reference: contacts.reference })
    .from(contacts)
    .where(
      and(
        eq(contacts.id, contactId),
        or(eq(contacts.organisationId, user.organisationId), eq(contacts.recordedBy, user.id)),
      ),
    );
  return row?.reference;
}

/**
 * Whether a reference belongs to some other organisation's contact. Not a
 * read of the contact: it exists so that the attempt to open one can be
 * audited, while the person asking is told only "not found".
 */
export async function contactIdOutsideOrganisation(
  queryable: Queryable,
  user: OrganisationMember,
  reference: string,
): Promise<string | undefined> {
  const [row] = await queryable
    .select({ id: contacts.id, organisationId: contacts.organisationId })
    .from(contacts)
    .where(eq(contacts.reference, reference));
  return row && row.organisationId !== user.organisationId ? row.id : undefined;
}
