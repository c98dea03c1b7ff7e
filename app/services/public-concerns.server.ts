import { takeAttempt, type ThrottlePolicy } from "~/auth/throttle.server";
import { db } from "~/db.server";
import { deriveReferralSource } from "~/domain/contact/referral-source";
import type { PublicConcernAnswers } from "~/domain/contact/public-concern";
import { insertContact } from "~/models/contact.server";
import { recordAudit, type AuditActor } from "./audit.server";
import { deadlinesOnArrival } from "./mash-settings.server";
import { currentThresholdDocument } from "./thresholds.server";

/**
 * How many concerns one address may send: five an hour, then an hour's wait.
 * Enough for a family raising several children one at a time, too few for a
 * flood. Counted in PostgreSQL (`auth_throttles`), so every server shares it.
 */
const publicConcernPolicy: ThrottlePolicy = { limit: 5, windowMs: 60 * 60_000, lockMs: 60 * 60_000 };

const publicConcernThrottleKey = (ipAddress: string | null) => `public-concern:${ipAddress ?? "unknown"}`;

export type PublicConcernResult =
  | { outcome: "sent"; reference: string }
  /** The hidden field was filled in: a program, not a person. Nothing is stored, and it is told nothing different. */
  | { outcome: "ignored" }
  | { outcome: "tooMany"; lockedUntil: Date };

/**
 * A member of the public's concern becomes a contact in the MASH queue, on
 * the same clock as any other, with its census source (1A to 1D by their
 * relationship, or 9 when anonymous). They get a reference and nothing else:
 * nothing they sent can be read back.
 */
export async function submitPublicConcern(
  actor: AuditActor,
  concern: PublicConcernAnswers,
  options: { honeypot: string | undefined },
  now = new Date(),
): Promise<PublicConcernResult> {
  if (options.honeypot?.trim()) return { outcome: "ignored" };
  return db().transaction(async (tx) => {
    const locked = await takeAttempt(publicConcernThrottleKey(actor.ipAddress), publicConcernPolicy, tx);
    if (locked) return { outcome: "tooMany" as const, lockedUntil: locked };
    const document = await currentThresholdDocument(tx);
    const { reporter } = concern;
    const { id: contactId, reference } = await insertContact(
      tx,
      {
        channel: "public_online",
        organisationId: null,
        submittedBy: null,
        submittedAt: now,
        receivedAt: now,
        referrerKind: reporter.anonymous ? "anonymous" : "individual",
        referrerRelationship: reporter.anonymous ? null : reporter.relationship,
        referralSource: deriveReferralSource({
          channel: "public_online",
          referrerKind: reporter.anonymous ? "anonymous" : "individual",
          relationship: reporter.anonymous ? null : reporter.relationship,
        }),
        publicConcern: concern,
        thresholdDocumentId: document.id,
        immediateDanger: false,
        answers: { children: [], adults: [] },
        descriptorIds: [],
        suggestedLevel: null,
        referrerLevel: null,
        familyAware: "notKnown",
        consentGiven: null,
        ...deadlinesOnArrival(now),
      },
      [
        {
          firstName: concern.child.firstName ?? null,
          lastName: concern.child.lastName ?? "",
          dateOfBirth: null,
          dueDate: null,
          sex: "notKnown",
          nhsNumber: null,
          postcode: concern.child.postcode ?? null,
          ethnicity: null,
        },
      ],
    );
    await recordAudit(tx, actor, {
      action: "contact.publicSubmitted",
      subjectType: "contact",
      subjectId: contactId,
      details: { reference, anonymous: reporter.anonymous },
    });
    return { outcome: "sent" as const, reference };
  });
}
