import { randomUUID } from "node:crypto";
import type { Transaction } from "#db/connection";
import type { CurrentUser } from "~/auth/session.server";
import { needsWrittenConfirmation } from "~/domain/contact/channels";
import { otherOrganisation, receivedAtOf, type IntakeAnswers } from "~/forms/contact/intake";
import { db } from "~/db.server";
import { deriveReferralSource } from "~/domain/contact/referral-source";
import {
  validateCompleteContact,
  type CompleteContact,
  type ContactDraftAnswers,
  type PageProblem,
} from "~/domain/contact/journey";
import { proposedLevel } from "~/forms/contact/level";
import { formatDateTime } from "~/domain/date-format";
import { hasTurnedOff, sendMail } from "~/mail/mailer.server";
import { defaultPageSize, type PageRequest, type Paged } from "~/lists/pages";
import { lockOwnDraft, updateDraft } from "~/models/contact-draft.server";
import {
  contactIdOutsideOrganisation,
  findOrganisationContact,
  insertContact,
  listOrganisationContacts,
  organisationContactReference,
  takeContactReference,
  type ContactRecord,
  type ContactSummary,
  type NewContactChild,
} from "~/models/contact.server";
import { type AuditActor, recordAudit } from "./audit.server";
import { listOpenDrafts, type DraftListItem } from "./contact-drafts.server";
import { confirmationDueAtFor, deadlinesOnArrival } from "./mash-settings.server";
import { intakeOrganisation } from "./recorded-contacts.server";
import { currentThresholdDocument } from "./thresholds.server";
import { askForWrittenConfirmation } from "./written-confirmation.server";

export type SubmitResult =
  | { outcome: "submitted"; reference: string }
  /** A contact the MASH recorded from a call, letter or notification: it goes straight to the screening page. */
  | { outcome: "recorded"; reference: string }
  | { outcome: "incomplete"; problems: PageProblem[] }
  | { outcome: "not-found" };

/**
 * Turns a draft into a contact, once. The draft row is locked first, so a
 * double click, a resubmitted form or a retried request waits for the first
 * submit to finish and then finds the contact it made (contact_drafts.
 * submitted_contact_id) instead of making another. The contact, its children,
 * the audit event and the acknowledgement email commit together or not at all.
 */
export async function submitContact(
  actor: AuditActor,
  user: CurrentUser,
  draftId: string,
  now = new Date(),
): Promise<SubmitResult> {
  return db().transaction(async (tx) => {
    // Statements that do not wait on each other are sent together: postgres.js pipelines the statements of one
    // transaction, so each group below costs one round trip. The draft's lock is still taken first: a second submit
    // of the same draft waits at it, then finds the contact this one made. The new contact's reference and whether
    // its referrer turned acknowledgements off are asked with it, so that the contact, the draft, the audit event and
    // the acknowledgement can all be written in the next.
    const [draft, current, reference, acknowledgementTurnedOff] = await Promise.all([
      lockOwnDraft(tx, user, draftId),
      currentThresholdDocument(tx),
      takeContactReference(tx),
      hasTurnedOff(tx, user.email, "contactAcknowledged"),
    ]);
    if (!draft) return { outcome: "not-found" as const };
    if (draft.submittedContactId) {
      const made = await organisationContactReference(tx, user, draft.submittedContactId);
      if (!made) return { outcome: "not-found" as const };
      return { outcome: draft.answers.intake ? ("recorded" as const) : ("submitted" as const), reference: made };
    }

    const checked = validateCompleteContact(draft.answers, { document: current.document });
    if (!checked.ok) return { outcome: "incomplete" as const, problems: checked.problems };
    const { contact: complete, suggestion } = checked;
    if (suggestion.outcome === "none") return { outcome: "incomplete" as const, problems: [] };

    if (complete.intake) {
      return recordContact(tx, actor, user, {
        draftId: draft.id,
        reference,
        complete: { ...complete, intake: complete.intake },
        suggestion,
        thresholdDocument: current,
        now,
      });
    }

    const deadlines = deadlinesOnArrival(now);
    const contactId = randomUUID();
    await Promise.all([
      insertContact(
        tx,
        {
          id: contactId,
          reference,
          organisationId: user.organisationId,
          submittedBy: user.id,
          submittedAt: now,
          receivedAt: now,
          thresholdDocumentId: current.id,
          referralSource: deriveReferralSource({
            channel: "portal",
            referrerKind: "professional",
            organisationType: user.organisationType,
          }),
          ...answeredColumns(complete, suggestion),
          ...deadlines,
        },
        complete.children.map(childRow),
      ),
      updateDraft(tx, draft.id, { submittedContactId: contactId }, now),
      recordAudit(tx, actor, {
        action: "contact.submit",
        subjectType: "contact",
        subjectId: contactId,
        details: { reference, draftId: draft.id, thresholdDocumentVersion: current.version },
      }),
      sendMail(
        tx,
        {
          to: user.email,
          template: "contactAcknowledged",
          personalisation: { name: user.name, reference, decisionDue: formatDateTime(deadlines.decisionDueAt) },
        },
        { turnedOff: acknowledgementTurnedOff },
      ),
    ]);
    return { outcome: "submitted" as const, reference };
  });
}

/**
 * A contact the MASH took by phone, email, letter, in person or as a police
 * notification: received when the intake says (the clock starts then), from
 * the organisation named (whose members then see it in their list), with the
 * census source derived from who made it, and, for a professional's phoned
 * report, a written confirmation due on the working-day clock and asked for
 * by email.
 */
async function recordContact(
  tx: Transaction,
  actor: AuditActor,
  user: CurrentUser,
  {
    draftId,
    reference,
    complete,
    suggestion,
    thresholdDocument,
    now,
  }: {
    draftId: string;
    reference: string;
    complete: CompleteContact & { intake: IntakeAnswers };
    suggestion: { level: { level: number } };
    thresholdDocument: { id: string; version: string };
    now: Date;
  },
): Promise<SubmitResult> {
  const { intake } = complete;
  const organisation = await intakeOrganisation(intake, tx);
  if (intake.referrerKind === "professional" && intake.organisationId !== otherOrganisation && !organisation) {
    return {
      outcome: "incomplete",
      problems: [
        {
          page: { page: "intake" },
          section: "your-details",
          state: "incomplete",
          issues: { organisationId: ["contact.intake.organisationId.required"] },
        },
      ],
    };
  }
  const receivedAt = receivedAtOf(intake);
  const confirmationDueAt = needsWrittenConfirmation(intake.channel, intake.referrerKind)
    ? confirmationDueAtFor(receivedAt)
    : null;
  const { id: contactId } = await insertContact(
    tx,
    {
      reference,
      channel: intake.channel,
      organisationId: organisation?.id ?? null,
      submittedBy: null,
      recordedBy: user.id,
      submittedAt: now,
      receivedAt,
      referrerKind: intake.referrerKind,
      referrerRelationship: intake.referrerKind === "individual" ? intake.relationship : null,
      confirmationDueAt,
      thresholdDocumentId: thresholdDocument.id,
      referralSource: deriveReferralSource({
        channel: intake.channel,
        referrerKind: intake.referrerKind,
        relationship: intake.referrerKind === "individual" ? intake.relationship : null,
        organisationType: organisation?.type ?? intake.organisationType ?? null,
      }),
      ...answeredColumns(complete, suggestion),
      ...deadlinesOnArrival(receivedAt),
    },
    complete.children.map(childRow),
  );
  await updateDraft(tx, draftId, { submittedContactId: contactId }, now);
  await recordAudit(tx, actor, {
    action: "contact.recorded",
    subjectType: "contact",
    subjectId: contactId,
    details: {
      reference,
      draftId,
      channel: intake.channel,
      receivedAt: receivedAt.toISOString(),
      thresholdDocumentVersion: thresholdDocument.version,
    },
  });
  if (confirmationDueAt && complete.referrer) {
    await askForWrittenConfirmation(tx, actor, user, {
      reference,
      dueAt: confirmationDueAt,
      referrer: complete.referrer,
      organisation,
    });
  }
  return { outcome: "recorded", reference };
}

/** The contact's columns that come from its answers, the same whether a referrer sent it or the MASH recorded it. */
function answeredColumns(complete: CompleteContact, suggestion: { level: { level: number } }) {
  return {
    immediateDanger: complete.immediateDanger.immediateDanger === "yes",
    answers: submittedAnswers(complete),
    descriptorIds: complete.descriptors.descriptorIds,
    suggestedLevel: suggestion.level.level,
    referrerLevel: proposedLevel(complete.level),
    familyAware: complete.consent.familyAware,
    consentGiven: "familyConsented" in complete.consent ? complete.consent.familyConsented : null,
  };
}

/** What the contact keeps of the answers: only the pages that applied, as they were checked. */
function submittedAnswers(complete: CompleteContact): ContactDraftAnswers {
  const { thresholdDocumentVersion: _version, ...answers } = complete;
  return { ...answers, addAnotherChild: { addAnother: "no" }, addAnotherAdult: { addAnother: "no" } };
}

function childRow(child: CompleteContact["children"][number]): NewContactChild {
  return {
    firstName: child.firstName ?? null,
    lastName: child.lastName,
    dateOfBirth: child.isUnborn === "no" ? child.dateOfBirth : null,
    dueDate: child.isUnborn === "yes" ? child.dueDate : null,
    sex: child.sex,
    nhsNumber: child.nhsNumber ?? null,
    postcode: child.address.postcode,
    ethnicity: child.ethnicity ?? null,
  };
}

export interface ContactsPage {
  drafts: DraftListItem[];
  contacts: Paged<ContactSummary>;
}

/** The referrer's list: their own drafts, and a page of the contacts their organisation has submitted. */
export async function contactsPage(
  user: CurrentUser,
  request: PageRequest = { page: 1, pageSize: defaultPageSize },
  now = new Date(),
): Promise<ContactsPage> {
  const [drafts, contacts] = await Promise.all([
    listOpenDrafts(user, now),
    listOrganisationContacts(db(), user, request),
  ]);
  return { drafts, contacts };
}

export type ViewContactResult = { outcome: "found"; contact: ContactRecord } | { outcome: "not-found" };

/**
 * Opens one of the organisation's contacts and records that it was seen. A
 * reference that belongs to another organisation is answered as not found
 * (so references cannot be probed), and the attempt is audited.
 */
export async function viewContact(
  actor: AuditActor,
  user: CurrentUser,
  reference: string,
  page: "contact" | "confirmation",
): Promise<ViewContactResult> {
  return db().transaction(async (tx) => {
    const contact = await findOrganisationContact(tx, user, reference);
    if (!contact) {
      const contactId = await contactIdOutsideOrganisation(tx, user, reference);
      if (contactId) {
        await recordAudit(tx, actor, {
          action: "access.deniedOtherOrganisation",
          subjectType: "contact",
          subjectId: contactId,
          details: { reference, page },
        });
      }
      return { outcome: "not-found" as const };
    }
    await recordAudit(tx, actor, {
      action: "contact.view",
      subjectType: "contact",
      subjectId: contact.id,
      details: { reference: contact.reference, page },
    });
    return { outcome: "found" as const, contact };
  });
}
