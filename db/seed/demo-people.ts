import { eq } from "drizzle-orm";
import type { ContactDraftAnswers } from "../../app/domain/contact/journey";
import {
  createScreeningClock,
  defaultScreeningTimelinessPolicy,
  screeningDueTimes,
} from "../../app/domain/mash/policy";
import type { RagRating } from "../../app/domain/mash/rag";
import { normaliseName } from "../../app/domain/person-matching/names";
import { insertContact } from "../../app/models/contact.server";
import type { Transaction } from "../connection";
import { ensureThresholdDocumentPublished } from "../../app/services/thresholds.server";
import {
  childDecisions,
  contactChildren,
  contacts,
  decisions,
  personLinks,
  persons,
  thresholdDocuments,
} from "../schema";

/**
 * Children the MASH already knows, with contacts it decided in the past: so
 * that a new contact about Leo Ward shows a repeat contact, his history and
 * his sister, in the demo and in the end-to-end journeys. Every name, date,
 * address and NHS number (from the 999 test range) is invented.
 */
const wardAddress = { line1: "27 Heather Close", town: "Northmoor", postcode: "NM2 7QP" };
const khanAddress = { line1: "4 Mill Lane", town: "Northmoor", postcode: "NM3 1LB" };

const demoPeople = [
  {
    key: "leo",
    firstName: "Leo",
    lastName: "Ward",
    dateOfBirth: "2016-05-14",
    sex: "male",
    nhsNumber: "9990000018",
    address: wardAddress,
  },
  {
    key: "maisie",
    firstName: "Maisie",
    lastName: "Ward",
    dateOfBirth: "2019-09-02",
    sex: "female",
    nhsNumber: "9990000026",
    address: wardAddress,
  },
  {
    key: "aisha",
    firstName: "Aisha",
    lastName: "Khan",
    dateOfBirth: "2014-02-20",
    sex: "female",
    nhsNumber: "9990000034",
    address: khanAddress,
  },
] as const;

type PersonKey = (typeof demoPeople)[number]["key"];

interface PastContact {
  referrer: string;
  submittedAt: string;
  rag: RagRating;
  worry: string;
  rationale: string;
  feedback: string;
  children: { person: PersonKey; outcome: string; level: number }[];
}

const pastContacts: PastContact[] = [
  {
    referrer: "police.officer@northmoor-police.example",
    submittedAt: "2025-09-22T08:40:00Z",
    rag: "green",
    worry:
      "Officers attended 27 Heather Close after neighbours reported shouting late at night. Leo was awake and upset; no injuries were seen.",
    rationale:
      "A single incident with no injury; mother engaged well with officers and the school reports no concerns.",
    feedback: "No further action by children's services. Please tell us if you are called to the address again.",
    children: [{ person: "leo", outcome: "nfa", level: 1 }],
  },
  {
    referrer: "health.visitor@northmoor-health.example",
    submittedAt: "2026-03-10T10:15:00Z",
    rag: "amber",
    worry:
      "Leo and Maisie's mother told me she is struggling since her partner left: rent arrears, little food in the house, and Leo is missing school.",
    rationale:
      "Emerging needs across the family (finance, school attendance, mother's low mood) with consent to help: a team around the family fits.",
    feedback:
      "An early help practitioner will contact the family this week to set up a team around the family. You may be asked to join it.",
    children: [
      { person: "leo", outcome: "early_help_taf", level: 3 },
      { person: "maisie", outcome: "early_help_taf", level: 2 },
    ],
  },
  {
    referrer: "health.visitor@northmoor-health.example",
    submittedAt: "2024-06-03T13:05:00Z",
    rag: "green",
    worry: "Aisha's mother asked for help finding a counsellor for Aisha after her grandfather died.",
    rationale: "A bereaved child with a supportive family: advice about the school counselling service meets the need.",
    feedback: "We have sent the family details of the school counselling service and a bereavement charity.",
    children: [{ person: "aisha", outcome: "advice_signposting", level: 2 }],
  },
];

function answersFor(contact: PastContact, referrer: { name: string; email: string; organisationName: string }) {
  const children: ContactDraftAnswers["children"] = contact.children.map(({ person }) => {
    const details = demoPeople.find((candidate) => candidate.key === person)!;
    return {
      isUnborn: "no",
      firstName: details.firstName,
      lastName: details.lastName,
      dateOfBirth: details.dateOfBirth,
      sex: details.sex,
      nhsNumber: details.nhsNumber,
      address: details.address,
      disability: "no",
      firstLanguage: "English",
      interpreterNeeded: "no",
    };
  });
  return {
    immediateDanger: { immediateDanger: "no" },
    referrer: {
      name: referrer.name,
      role: "Referrer",
      organisation: referrer.organisationName,
      phone: "01632 960000",
      email: referrer.email,
    },
    children,
    addAnotherChild: { addAnother: "no" },
    adults: [],
    addAnotherAdult: { addAnother: "no" },
    descriptors: { descriptorIds: [] },
    concern: {
      worry: contact.worry,
      workingWell: "Mother is open with professionals and asks for help.",
      needsToHappen: "The MASH to decide what help the family needs.",
    },
    level: { agreesWithSuggestion: "yes", suggestedLevel: Math.max(...contact.children.map(({ level }) => level)) },
    consent: { familyAware: "yes", familyConsented: "yes" },
  } satisfies ContactDraftAnswers;
}

export interface DemoPeopleContext {
  users: { id: string; email: string; name: string; organisationId: string; organisationName: string }[];
  screenerEmail: string;
}

/** Runs inside the demo seed's transaction, after the organisations and users. */
export async function seedDemoPeople(tx: Transaction, context: DemoPeopleContext): Promise<void> {
  await ensureThresholdDocumentPublished(tx);
  const [document] = await tx
    .select({ id: thresholdDocuments.id })
    .from(thresholdDocuments)
    .where(eq(thresholdDocuments.status, "published"));
  if (!document) throw new Error("Publish a threshold document before seeding the demo people");
  const screener = context.users.find((user) => user.email === context.screenerEmail)!;
  const clock = createScreeningClock(defaultScreeningTimelinessPolicy);

  const personIds = new Map<PersonKey, string>();
  for (const person of demoPeople) {
    const [row] = await tx
      .insert(persons)
      .values({
        firstName: person.firstName,
        lastName: person.lastName,
        normalisedName: normaliseName(person.firstName, person.lastName),
        dateOfBirth: person.dateOfBirth,
        sex: person.sex,
        nhsNumber: person.nhsNumber,
        postcode: person.address.postcode,
        addressLine1: person.address.line1,
        town: person.address.town,
        createdBy: screener.id,
      })
      .returning({ id: persons.id });
    personIds.set(person.key, row!.id);
  }

  for (const contact of pastContacts) {
    const referrer = context.users.find((user) => user.email === contact.referrer)!;
    const submittedAt = new Date(contact.submittedAt);
    const deadlines = screeningDueTimes(submittedAt, contact.rag, defaultScreeningTimelinessPolicy, clock);
    const decidedAt = new Date(submittedAt.getTime() + 3 * 3_600_000);
    const level = Math.max(...contact.children.map((child) => child.level));
    const answers = answersFor(contact, referrer);
    const { id: contactId } = await insertContact(
      tx,
      {
        organisationId: referrer.organisationId,
        submittedBy: referrer.id,
        receivedAt: submittedAt,
        submittedAt,
        thresholdDocumentId: document.id,
        referralSource: contact.referrer.includes("police") ? "6" : "3B",
        immediateDanger: false,
        answers,
        descriptorIds: [],
        suggestedLevel: level,
        referrerLevel: level,
        familyAware: "yes",
        consentGiven: "yes",
        ...deadlines,
      },
      answers.children.map((child) => ({
        firstName: child.firstName ?? null,
        lastName: child.lastName,
        dateOfBirth: child.isUnborn === "no" ? child.dateOfBirth : null,
        dueDate: null,
        sex: child.sex,
        nhsNumber: child.nhsNumber ?? null,
        postcode: child.address.postcode,
        ethnicity: null,
      })),
    );
    const children = await tx
      .select({ id: contactChildren.id, position: contactChildren.position })
      .from(contactChildren)
      .where(eq(contactChildren.contactId, contactId));
    const [decision] = await tx
      .insert(decisions)
      .values({
        contactId,
        rag: contact.rag,
        rationale: contact.rationale,
        referrerFeedback: contact.feedback,
        state: "recorded",
        recordedBy: screener.id,
        recordedAt: decidedAt,
      })
      .returning({ id: decisions.id });
    for (const child of children) {
      const decided = contact.children[child.position]!;
      const personId = personIds.get(decided.person)!;
      await tx.update(contactChildren).set({ personId }).where(eq(contactChildren.id, child.id));
      await tx.insert(personLinks).values({
        contactChildId: child.id,
        personId,
        event: "linked",
        reason: "nhsNumber, nameExact, dateOfBirthExact, postcode",
        matchScore: 100,
        actorId: screener.id,
        occurredAt: new Date(submittedAt.getTime() + 3_600_000),
      });
      await tx.insert(childDecisions).values({
        decisionId: decision!.id,
        contactChildId: child.id,
        decidedLevel: decided.level,
        outcome: decided.outcome,
      });
    }
    await tx
      .update(contacts)
      .set({ status: "decided", assignedTo: screener.id, rag: contact.rag, decidedAt })
      .where(eq(contacts.id, contactId));
  }
}
