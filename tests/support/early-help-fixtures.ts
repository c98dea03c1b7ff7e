import { readFileSync } from "node:fs";
import { eq, sql } from "drizzle-orm";
import type { Database, Queryable } from "#db/connection";
import { childDecisions, contactChildren, contacts, decisions, persons, thresholdDocuments, users } from "#db/schema";
import type { ThresholdDocument } from "~/domain/thresholds/document";

/**
 * Arranges MASH data for early help tests: a decided contact as the MASH's
 * screening would leave it (children linked to person records, a standing
 * decision with an outcome per child), and a decision on a step-up contact.
 * Fictional names only.
 */

export async function userIdByEmail(queryable: Queryable, email: string): Promise<string> {
  const [user] = await queryable.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!user) throw new Error(`No user ${email}: is the demo council seeded?`);
  return user.id;
}

async function userWithOrganisation(queryable: Queryable, email: string) {
  const [user] = await queryable
    .select({ id: users.id, organisationId: users.organisationId })
    .from(users)
    .where(eq(users.email, email));
  if (!user) throw new Error(`No user ${email}: is the demo council seeded?`);
  return user;
}

/** The threshold document in force, publishing the default one if the database has none yet. */
export async function publishedThresholdDocumentId(queryable: Queryable): Promise<string> {
  const [current] = await queryable
    .select({ id: thresholdDocuments.id })
    .from(thresholdDocuments)
    .where(eq(thresholdDocuments.status, "published"));
  if (current) return current.id;
  const document = JSON.parse(
    readFileSync(new URL("../../config/threshold-documents/northmoor-2026.json", import.meta.url), "utf8"),
  ) as ThresholdDocument;
  const [row] = await queryable
    .insert(thresholdDocuments)
    .values({
      version: document.version,
      title: document.title,
      status: "published",
      document,
      publishedAt: new Date(),
    })
    .returning({ id: thresholdDocuments.id });
  return row!.id;
}

export interface FixtureChild {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  sex: "female" | "male";
}

export interface DecidedContact {
  contactId: string;
  decisionId: string;
  reference: string;
  childPersonIds: string[];
}

/** A contact the MASH has screened and decided, with `outcome` for every child. */
export async function insertDecidedContact(
  db: Database,
  options: {
    referrerEmail: string;
    screenerEmail: string;
    children: FixtureChild[];
    outcome: string;
    concern: string;
    feedback: string;
    submittedAt: Date;
  },
): Promise<DecidedContact> {
  return db.transaction(async (tx) => {
    const referrer = await userWithOrganisation(tx, options.referrerEmail);
    const screenerId = await userIdByEmail(tx, options.screenerEmail);
    const thresholdDocumentId = await publishedThresholdDocumentId(tx);
    const [next] = await tx.execute<{ next: string }>(sql`select nextval('contact_reference_seq')::text as next`);
    const reference = `FD-${String(next!.next).padStart(6, "0")}`;
    const [contact] = await tx
      .insert(contacts)
      .values({
        reference,
        organisationId: referrer.organisationId,
        submittedBy: referrer.id,
        submittedAt: options.submittedAt,
        receivedAt: options.submittedAt,
        thresholdDocumentId,
        referralSource: "2A",
        immediateDanger: false,
        answers: {
          children: [],
          adults: [],
          concern: { worry: options.concern, workingWell: "", needsToHappen: "" },
        },
        descriptorIds: [],
        suggestedLevel: 3,
        referrerLevel: 3,
        familyAware: "yes",
        consentGiven: "yes",
        status: "decided",
        rag: "green",
        assignedTo: screenerId,
        decisionDueAt: options.submittedAt,
        screeningDueAt: options.submittedAt,
        decidedAt: options.submittedAt,
      })
      .returning({ id: contacts.id });
    const contactId = contact!.id;
    const childPersonIds: string[] = [];
    const contactChildIds: string[] = [];
    for (const [position, child] of options.children.entries()) {
      const [person] = await tx
        .insert(persons)
        .values({
          firstName: child.firstName,
          lastName: child.lastName,
          normalisedName: `${child.firstName} ${child.lastName}`.toLowerCase(),
          dateOfBirth: child.dateOfBirth,
          sex: child.sex,
          createdBy: screenerId,
        })
        .returning({ id: persons.id });
      childPersonIds.push(person!.id);
      const [row] = await tx
        .insert(contactChildren)
        .values({ contactId, position, ...child, personId: person!.id, receivedAt: options.submittedAt })
        .returning({ id: contactChildren.id });
      contactChildIds.push(row!.id);
    }
    const [decision] = await tx
      .insert(decisions)
      .values({
        contactId,
        rag: "green",
        rationale: options.concern,
        referrerFeedback: options.feedback,
        state: "recorded",
        recordedBy: screenerId,
        recordedAt: options.submittedAt,
      })
      .returning({ id: decisions.id });
    await tx.insert(childDecisions).values(
      contactChildIds.map((contactChildId) => ({
        decisionId: decision!.id,
        contactChildId,
        decidedLevel: 3,
        outcome: options.outcome,
      })),
    );
    return { contactId, decisionId: decision!.id, reference, childPersonIds };
  });
}

/** What the MASH's decision service writes when a screener decides a contact (no sign-off needed). */
export async function recordMashDecision(
  db: Database,
  options: { contactReference: string; screenerEmail: string; outcome: string; feedback: string },
): Promise<string> {
  return db.transaction(async (tx) => {
    const screenerId = await userIdByEmail(tx, options.screenerEmail);
    const [contact] = await tx
      .select({ id: contacts.id })
      .from(contacts)
      .where(eq(contacts.reference, options.contactReference));
    if (!contact) throw new Error(`No contact ${options.contactReference}`);
    await tx
      .update(contacts)
      .set({ status: "decided", assignedTo: screenerId, rag: "amber", decidedAt: new Date() })
      .where(eq(contacts.id, contact.id));
    const [decision] = await tx
      .insert(decisions)
      .values({
        contactId: contact.id,
        rag: "amber",
        rationale: "Risk has escalated beyond what early help can hold.",
        referrerFeedback: options.feedback,
        state: "recorded",
        recordedBy: screenerId,
      })
      .returning({ id: decisions.id });
    const children = await tx
      .select({ id: contactChildren.id })
      .from(contactChildren)
      .where(eq(contactChildren.contactId, contact.id));
    await tx.insert(childDecisions).values(
      children.map((child) => ({
        decisionId: decision!.id,
        contactChildId: child.id,
        decidedLevel: 4,
        outcome: options.outcome,
      })),
    );
    return decision!.id;
  });
}
