import { asc, eq } from "drizzle-orm";
import type { Queryable } from "#db/connection";
import { organisations } from "#db/schema";
import type { CurrentUser } from "~/auth/session.server";
import { db } from "~/db.server";
import { emptyDraft } from "~/domain/contact/draft";
import type { ContactDraftAnswers, JourneyContext } from "~/domain/contact/journey";
import type { OrganisationType } from "~/domain/organisations";
import { otherOrganisation, type IntakeAnswers } from "~/forms/contact/intake";
import { insertDraft } from "~/models/contact-draft.server";
import { recordAudit, type AuditActor } from "./audit.server";
import { currentThresholdDocument } from "./thresholds.server";

/**
 * Contacts the MASH records from a phone call, email, letter, visit or police
 * notification: started from the intake page, then through the partner's own
 * journey pages, and submitted by `submitContact`.
 */

export interface IntakeOrganisation {
  id: string;
  name: string;
  type: OrganisationType;
}

/** The organisations a professional who contacted the MASH may be from, by name. */
export async function intakeOrganisations(queryable: Queryable = db()): Promise<IntakeOrganisation[]> {
  return queryable
    .select({ id: organisations.id, name: organisations.name, type: organisations.type })
    .from(organisations)
    .orderBy(asc(organisations.name));
}

/** The organisation an intake names, when it names one the portal knows; undefined for "another organisation" or none. */
export async function intakeOrganisation(
  intake: IntakeAnswers,
  queryable: Queryable = db(),
): Promise<IntakeOrganisation | undefined> {
  if (intake.referrerKind !== "professional" || !intake.organisationId || intake.organisationId === otherOrganisation) {
    return undefined;
  }
  const [row] = await queryable
    .select({ id: organisations.id, name: organisations.name, type: organisations.type })
    .from(organisations)
    .where(eq(organisations.id, intake.organisationId));
  return row;
}

/** Whether an intake's organisation is one the portal knows (or "another organisation", or not asked). */
export async function intakeOrganisationIsKnown(intake: IntakeAnswers): Promise<boolean> {
  if (intake.referrerKind !== "professional" || intake.organisationId === otherOrganisation) return true;
  return (await intakeOrganisation(intake)) !== undefined;
}

/** The intake page answered starts the MASH's draft: the rest of the journey is the partner's own pages. */
export async function startRecordedContact(
  actor: AuditActor,
  user: CurrentUser,
  intake: IntakeAnswers,
): Promise<{ draftId: string; answers: ContactDraftAnswers; context: JourneyContext }> {
  return db().transaction(async (tx) => {
    const current = await currentThresholdDocument(tx);
    const answers: ContactDraftAnswers = { ...emptyDraft(), intake };
    const draftId = await insertDraft(tx, user, { thresholdDocumentId: current.id, answers });
    await recordAudit(tx, actor, {
      action: "contact.draft.startRecording",
      subjectType: "contact_draft",
      subjectId: draftId,
      details: { channel: intake.channel, referrerKind: intake.referrerKind },
    });
    return { draftId, answers, context: { document: current.document } };
  });
}
