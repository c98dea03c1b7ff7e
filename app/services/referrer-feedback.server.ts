import { and, asc, eq, inArray, min } from "drizzle-orm";
import { auditEvents, childDecisions, contactChildren, contacts, decisions } from "#db/schema";
import { db } from "~/db.server";
import { mashSettings } from "./mash-settings.server";
import { thresholdDocumentById } from "./thresholds.server";

interface ReferrerTimelineStep {
  stage: "received" | "screening" | "decided";
  /** When the step happened; null when it has not, or when the time was not kept. */
  at: Date | null;
  done: boolean;
}

interface ReferrerDecision {
  decidedAt: Date;
  feedback: string;
  children: {
    name: string;
    outcomeLabelKey: string | null;
    outcome: string;
    decidedLevel: number;
    levelName: string | null;
  }[];
}

export interface ReferrerFeedback {
  timeline: ReferrerTimelineStep[];
  decision: ReferrerDecision | null;
}

/**
 * What the referrer is told about their contact: where it has got to and,
 * once the decision stands, the outcome and level for each child and the
 * feedback written for them. Never the MASH's internal notes, rationale,
 * information checks or their answers; a decision waiting for a manager's
 * sign-off is not shown, because it may change.
 */
export async function referrerFeedback(contactId: string): Promise<ReferrerFeedback | undefined> {
  const [contact] = await db()
    .select({
      id: contacts.id,
      receivedAt: contacts.receivedAt,
      status: contacts.status,
      decidedAt: contacts.decidedAt,
      thresholdDocumentId: contacts.thresholdDocumentId,
    })
    .from(contacts)
    .where(eq(contacts.id, contactId));
  if (!contact) return undefined;
  const [screening] = await db()
    .select({ startedAt: min(auditEvents.occurredAt) })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.subjectType, "contact"),
        eq(auditEvents.subjectId, contact.id),
        inArray(auditEvents.action, ["mash.contact.claimed", "mash.contact.assigned"]),
      ),
    );
  const decided = contact.status === "decided" && contact.decidedAt !== null;
  const timeline: ReferrerTimelineStep[] = [
    { stage: "received", at: contact.receivedAt, done: true },
    { stage: "screening", at: screening?.startedAt ?? null, done: contact.status !== "submitted" },
    { stage: "decided", at: decided ? contact.decidedAt : null, done: decided },
  ];
  if (!decided) return { timeline, decision: null };

  const [standing] = await db()
    .select({ id: decisions.id, feedback: decisions.referrerFeedback })
    .from(decisions)
    .where(and(eq(decisions.contactId, contact.id), inArray(decisions.state, ["recorded", "approved"])));
  if (!standing) return { timeline, decision: null };
  const outcomes = await db()
    .select({
      firstName: contactChildren.firstName,
      lastName: contactChildren.lastName,
      outcome: childDecisions.outcome,
      decidedLevel: childDecisions.decidedLevel,
    })
    .from(childDecisions)
    .innerJoin(contactChildren, eq(contactChildren.id, childDecisions.contactChildId))
    .where(eq(childDecisions.decisionId, standing.id))
    .orderBy(asc(contactChildren.position));
  const document = await thresholdDocumentById(contact.thresholdDocumentId, db());
  return {
    timeline,
    decision: {
      decidedAt: contact.decidedAt!,
      feedback: standing.feedback,
      children: outcomes.map((row) => ({
        name: [row.firstName, row.lastName].filter(Boolean).join(" "),
        outcome: row.outcome,
        outcomeLabelKey: mashSettings.outcomes.find((outcome) => outcome.id === row.outcome)?.labelKey ?? null,
        decidedLevel: row.decidedLevel,
        levelName: document?.document.levels.find((level) => level.level === row.decidedLevel)?.name ?? null,
      })),
    },
  };
}
