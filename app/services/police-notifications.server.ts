import { asc, eq } from "drizzle-orm";
import { contactChildren, organisations, personLinks } from "#db/schema";
import type { CurrentUser } from "~/auth/session.server";
import { db } from "~/db.server";
import { deriveReferralSource } from "~/domain/contact/referral-source";
import { policeNotificationReceivedAt, type PoliceNotificationAnswers } from "~/forms/mash/police-notification";
import { insertContact } from "~/models/contact.server";
import { recordAudit, type AuditActor } from "./audit.server";
import { deadlinesOnArrival } from "./mash-settings.server";
import { findCandidates } from "./person-matching.server";
import { currentThresholdDocument } from "./thresholds.server";

export interface PoliceOrganisation {
  id: string;
  name: string;
}

/** The police forces and units a notification can come from. */
export async function policeOrganisations(): Promise<PoliceOrganisation[]> {
  return db()
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(eq(organisations.type, "police"))
    .orderBy(asc(organisations.name));
}

export type PoliceNotificationResult =
  /** `linkedTo`: the person record the child was linked to, when they were already known. */
  | { ok: true; reference: string; linkedTo: string | null }
  | { ok: false; field: "policeOrganisationId"; key: "mash.police.organisation.required" };

/**
 * One police notification becomes a contact in the queue: received when it
 * arrived, from the police (census source 6), about one child. A child the
 * MASH already knows (one strong match, with nothing to resolve such as a
 * conflicting NHS number or a possible twin) is linked straight away, and the
 * link is recorded like a screener's; otherwise the screener links it on the
 * screening page.
 */
export async function recordPoliceNotification(
  actor: AuditActor,
  user: CurrentUser,
  answers: PoliceNotificationAnswers,
  now = new Date(),
): Promise<PoliceNotificationResult> {
  return db().transaction(async (tx) => {
    const [police] = await tx
      .select({ id: organisations.id, name: organisations.name, type: organisations.type })
      .from(organisations)
      .where(eq(organisations.id, answers.policeOrganisationId));
    if (!police || police.type !== "police") {
      return {
        ok: false as const,
        field: "policeOrganisationId" as const,
        key: "mash.police.organisation.required" as const,
      };
    }
    const receivedAt = policeNotificationReceivedAt(answers);
    const document = await currentThresholdDocument(tx);
    const immediateDanger = answers.immediateDanger === "yes";
    const { id: contactId, reference } = await insertContact(
      tx,
      {
        channel: "police_notification",
        organisationId: police.id,
        submittedBy: null,
        recordedBy: user.id,
        submittedAt: now,
        receivedAt,
        referrerKind: "professional",
        referralSource: deriveReferralSource({ channel: "police_notification", referrerKind: "professional" }),
        thresholdDocumentId: document.id,
        immediateDanger,
        answers: {
          intake: {
            channel: "police_notification",
            receivedDate: answers.receivedDate,
            receivedTime: answers.receivedTime,
            referrerKind: "professional",
            organisationId: police.id,
            sourceReference: answers.policeReference,
          },
          immediateDanger: { immediateDanger: immediateDanger ? "yes" : "no" },
          ...(answers.officerName
            ? { referrer: { name: answers.officerName, role: "", organisation: police.name, phone: "", email: "" } }
            : {}),
          children: [],
          adults: [],
          concern: { worry: answers.summary, workingWell: "", needsToHappen: "" },
        },
        descriptorIds: [],
        suggestedLevel: null,
        referrerLevel: null,
        familyAware: "notKnown",
        consentGiven: null,
        ...deadlinesOnArrival(receivedAt),
      },
      [
        {
          firstName: answers.childFirstName,
          lastName: answers.childLastName,
          dateOfBirth: answers.childDateOfBirth ?? null,
          dueDate: null,
          sex: "notKnown",
          nhsNumber: null,
          postcode: answers.postcode ?? null,
          ethnicity: null,
        },
      ],
    );
    await recordAudit(tx, actor, {
      action: "contact.recorded",
      subjectType: "contact",
      subjectId: contactId,
      details: { reference, channel: "police_notification", receivedAt: receivedAt.toISOString() },
    });

    const candidates = await findCandidates(tx, {
      firstName: answers.childFirstName,
      lastName: answers.childLastName,
      dateOfBirth: answers.childDateOfBirth ?? null,
      expectedDeliveryDate: null,
      mother: null,
      sex: null,
      nhsNumber: null,
      postcode: answers.postcode ?? null,
      addressLine1: null,
    });
    const strong = candidates.filter((candidate) => candidate.strength === "strong");
    const unresolved = candidates.some((candidate) => candidate.strength === "conflict" || candidate.caution);
    if (strong.length !== 1 || unresolved) return { ok: true as const, reference, linkedTo: null };

    const [match] = strong as [(typeof strong)[number]];
    const [child] = await tx
      .update(contactChildren)
      .set({ personId: match.personId })
      .where(eq(contactChildren.contactId, contactId))
      .returning({ id: contactChildren.id });
    await tx.insert(personLinks).values({
      contactChildId: child!.id,
      personId: match.personId,
      event: "linked",
      reason: match.reasons.join(", "),
      matchScore: match.score,
      actorId: user.id,
    });
    await recordAudit(tx, actor, {
      action: "person.linked",
      subjectType: "contact",
      subjectId: contactId,
      personId: match.personId,
      details: { reference, contactChildId: child!.id, score: match.score, from: "policeNotification" },
    });
    return { ok: true as const, reference, linkedTo: match.personId };
  });
}
