import type { Database } from "#db/connection";
import { contacts, persons, type ContactRow } from "#db/schema";
import type { ContactDraftAnswers } from "~/domain/contact/journey";
import { normaliseName } from "~/domain/person-matching/names";
import { insertContact } from "~/models/contact.server";
import { deadlinesOnArrival } from "~/services/mash-settings.server";
import { currentThresholdDocument, ensureThresholdDocumentPublished } from "~/services/thresholds.server";
import { eq } from "drizzle-orm";
import { completeAnswers } from "./contact-fixtures";

export interface PersonDetails {
  firstName: string | null;
  lastName: string;
  dateOfBirth?: string | null;
  expectedDeliveryDate?: string | null;
  mother?: { firstName: string; lastName: string; dateOfBirth?: string };
  sex?: string;
  nhsNumber?: string | null;
  postcode?: string | null;
  addressLine1?: string | null;
  town?: string | null;
}

/** A person record, as the MASH would have made it from an earlier contact. */
export async function createPerson(db: Database, details: PersonDetails): Promise<string> {
  const [person] = await db
    .insert(persons)
    .values({
      firstName: details.firstName,
      lastName: details.lastName,
      normalisedName: normaliseName(details.firstName, details.lastName),
      dateOfBirth: details.dateOfBirth ?? null,
      expectedDeliveryDate: details.expectedDeliveryDate ?? null,
      motherFirstName: details.mother?.firstName ?? null,
      motherLastName: details.mother?.lastName ?? null,
      motherDateOfBirth: details.mother?.dateOfBirth ?? null,
      sex: details.sex ?? "notKnown",
      nhsNumber: details.nhsNumber ?? null,
      postcode: details.postcode ?? null,
      addressLine1: details.addressLine1 ?? null,
      town: details.town ?? "Northmoor",
    })
    .returning({ id: persons.id });
  return person!.id;
}

export interface ContactChildDetails {
  firstName: string | null;
  lastName: string;
  /** Give a date of birth, or for an unborn child an expected due date. */
  dateOfBirth?: string;
  dueDate?: string;
  sex?: "female" | "male" | "notKnown";
  nhsNumber?: string;
  postcode?: string;
  line1?: string;
}

export interface SubmittedContact {
  id: string;
  reference: string;
  childIds: string[];
}

/**
 * A contact as if a referrer had just submitted it, written straight to the
 * tables: for tests about what happens after submission.
 */
export async function createSubmittedContact(
  db: Database,
  options: {
    referrer: { id: string; organisationId: string };
    children?: ContactChildDetails[];
    referrerLevel?: number;
    submittedAt?: Date;
    referralSource?: string;
    immediateDanger?: boolean;
    adults?: ContactDraftAnswers["adults"];
  },
): Promise<SubmittedContact> {
  await ensureThresholdDocumentPublished(db);
  const document = await currentThresholdDocument(db);
  const base = completeAnswers();
  const children: ContactDraftAnswers["children"] = (
    options.children ?? [
      { firstName: "Amy", lastName: "Evans", dateOfBirth: "2019-03-07", sex: "female" },
      { firstName: "Ben", lastName: "Evans", dateOfBirth: "2021-06-12", sex: "male" },
    ]
  ).map((child) => ({
    ...(child.dueDate
      ? { isUnborn: "yes" as const, firstName: child.firstName ?? undefined, dueDate: child.dueDate }
      : { isUnborn: "no" as const, firstName: child.firstName ?? "", dateOfBirth: child.dateOfBirth ?? "" }),
    lastName: child.lastName,
    sex: child.sex ?? "notKnown",
    nhsNumber: child.nhsNumber,
    address: { line1: child.line1 ?? "14 Moorside Road", town: "Northmoor", postcode: child.postcode ?? "NM1 4TB" },
    disability: "no",
    firstLanguage: "English",
    interpreterNeeded: "no",
  }));
  const referrerLevel = options.referrerLevel ?? 2;
  const submittedAt = options.submittedAt ?? new Date();
  const { id, reference } = await insertContact(
    db,
    {
      organisationId: options.referrer.organisationId,
      submittedBy: options.referrer.id,
      submittedAt,
      receivedAt: submittedAt,
      thresholdDocumentId: document.id,
      referralSource: options.referralSource ?? "2A",
      immediateDanger: options.immediateDanger ?? false,
      answers: {
        ...base,
        children,
        adults: options.adults ?? base.adults,
        level:
          referrerLevel === 2
            ? { agreesWithSuggestion: "yes", suggestedLevel: 2 }
            : {
                agreesWithSuggestion: "no",
                suggestedLevel: 2,
                chosenLevel: referrerLevel,
                reason: "The worry is greater.",
              },
      },
      descriptorIds: base.descriptors!.descriptorIds,
      suggestedLevel: 2,
      referrerLevel,
      familyAware: "yes",
      consentGiven: "yes",
      ...deadlinesOnArrival(submittedAt),
    },
    children.map((child) => ({
      firstName: child.firstName ?? null,
      lastName: child.lastName,
      dateOfBirth: child.isUnborn === "no" ? child.dateOfBirth : null,
      dueDate: child.isUnborn === "yes" ? child.dueDate : null,
      sex: child.sex,
      nhsNumber: child.nhsNumber ?? null,
      postcode: child.address.postcode,
      ethnicity: null,
    })),
  );
  const childRows = await db.query.contactChildren.findMany({
    where: (table, { eq: equals }) => equals(table.contactId, id),
    orderBy: (table, { asc }) => asc(table.position),
  });
  return { id, reference, childIds: childRows.map((child) => child.id) };
}

export async function readContact(db: Database, reference: string): Promise<ContactRow> {
  const [contact] = await db.select().from(contacts).where(eq(contacts.reference, reference));
  return contact!;
}
