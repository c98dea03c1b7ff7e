import { and, asc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Queryable } from "#db/connection";
import { contacts, informationChecks, organisations, users } from "#db/schema";
import type { CurrentUser } from "~/auth/session.server";
import { config } from "~/config.server";
import { db } from "~/db.server";
import { organisationTypesOfAgency, type InformationCheckAgency } from "~/domain/mash/agencies";
import { sharingProblems, type LawfulBasis } from "~/domain/mash/information-sharing";
import { informationCheckDueAt } from "~/domain/mash/policy";
import type { TimeLeft } from "~/domain/working-days";
import { mashPaths } from "~/mash-paths";
import { sendMail } from "~/mail/mailer.server";
import { recordAudit, type AuditActor } from "./audit.server";
import { findContact, lockContact, refuse, screenerTransition, touch, type Outcome } from "./mash-contacts.server";
import { mashSettings, screeningClock } from "./mash-settings.server";

export interface CheckView {
  id: string;
  agency: InformationCheckAgency;
  question: string;
  requestedByName: string;
  requestedAt: Date;
  dueAt: Date;
  /** While open: time left or overdue. */
  timeLeft: TimeLeft | null;
  answer: string | null;
  answeredByName: string | null;
  answeredAt: Date | null;
  /** Answered after it was due: by how much, in working time. */
  answeredLateBy: TimeLeft | null;
  /** Null on checks asked before the basis for sharing was recorded. */
  sharing: {
    lawfulBasis: LawfulBasis;
    familyInformed: boolean;
    familyNotInformedReason: string | null;
    authorisedByName: string | null;
  } | null;
}

export const requester = alias(users, "requester");
export const answerer = alias(users, "answerer");
export const authoriser = alias(users, "authoriser");

export const checkColumns = {
  id: informationChecks.id,
  contactId: informationChecks.contactId,
  agency: informationChecks.agency,
  question: informationChecks.question,
  requestedByName: requester.name,
  requestedAt: informationChecks.requestedAt,
  dueAt: informationChecks.dueAt,
  answer: informationChecks.answer,
  answeredByName: answerer.name,
  answeredAt: informationChecks.answeredAt,
  lawfulBasis: informationChecks.lawfulBasis,
  familyInformed: informationChecks.familyInformed,
  familyNotInformedReason: informationChecks.familyNotInformedReason,
  authorisedByName: authoriser.name,
};

function selectChecks(queryable: Queryable) {
  return queryable
    .select(checkColumns)
    .from(informationChecks)
    .innerJoin(requester, eq(requester.id, informationChecks.requestedBy))
    .leftJoin(answerer, eq(answerer.id, informationChecks.answeredBy))
    .leftJoin(authoriser, eq(authoriser.id, informationChecks.sharingAuthorisedBy));
}

type CheckRow = Awaited<ReturnType<typeof selectChecks>>[number];

export function toView(row: CheckRow, now: Date): CheckView {
  const late = row.answeredAt && row.answeredAt > row.dueAt;
  return {
    id: row.id,
    agency: row.agency,
    question: row.question,
    requestedByName: row.requestedByName,
    requestedAt: row.requestedAt,
    dueAt: row.dueAt,
    timeLeft: row.answeredAt ? null : screeningClock.describeTimeLeft(now, row.dueAt),
    answer: row.answer,
    answeredByName: row.answeredByName,
    answeredAt: row.answeredAt,
    answeredLateBy: late ? screeningClock.describeTimeLeft(row.answeredAt!, row.dueAt) : null,
    sharing:
      row.lawfulBasis && row.familyInformed !== null
        ? {
            lawfulBasis: row.lawfulBasis,
            familyInformed: row.familyInformed,
            familyNotInformedReason: row.familyNotInformedReason,
            authorisedByName: row.authorisedByName,
          }
        : null,
  };
}

/** Every check asked on a contact, oldest first, with how late each is or was. */
export async function loadChecks(queryable: Queryable, contactId: string, now: Date): Promise<CheckView[]> {
  const rows = await selectChecks(queryable)
    .where(eq(informationChecks.contactId, contactId))
    .orderBy(asc(informationChecks.requestedAt));
  return rows.map((row) => toView(row, now));
}

/** The MASH managers who may authorise sharing a family's information without telling them. */
async function sharingAuthorisers(queryable: Queryable): Promise<{ id: string; name: string }[]> {
  return queryable
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.role, "mash_manager"), eq(users.active, true)))
    .orderBy(asc(users.name));
}

export interface CheckRequestPage {
  /** When an answer would be due if the question were asked now. */
  dueAt: Date;
  /** What the referrer said: whether the family know about the contact. */
  familyAware: "yes" | "no";
  managers: { id: string; name: string }[];
}

/** What the question page needs: the due time, what the referrer said about the family, and who may authorise. */
export async function checkRequestPage(reference: string, now = new Date()): Promise<CheckRequestPage | undefined> {
  const contact = await findContact(db(), reference);
  if (!contact) return undefined;
  return {
    dueAt: informationCheckDueAt(now, contact.rag, mashSettings.timeliness, screeningClock),
    familyAware: contact.familyAware === "no" ? "no" : "yes",
    managers: await sharingAuthorisers(db()),
  };
}

export interface InformationCheckRequest {
  agency: InformationCheckAgency;
  question: string;
  lawfulBasis: LawfulBasis;
  familyInformed: boolean;
  familyNotInformedReason: string | null;
  authorisedBy: string | null;
}

/**
 * The screener asks a partner agency in the MASH a question about the family,
 * on a stated lawful basis; sharing without the family's knowledge needs a
 * reason and a MASH manager's authority. It is due by the contact's RAG
 * timescale for checks, counted in working time from now; the agency's
 * officers are told by email.
 */
export async function requestInformationCheck(
  actor: AuditActor,
  user: CurrentUser,
  reference: string,
  request: InformationCheckRequest,
  now = new Date(),
): Promise<Outcome> {
  return db().transaction(async (tx) => {
    const contact = await lockContact(tx, reference);
    if (!contact) return refuse("notFound");
    const next = screenerTransition(contact, user, { type: "request_check" });
    if (!next.ok) return next;
    const managerIds = new Set((await sharingAuthorisers(tx)).map((manager) => manager.id));
    if (sharingProblems(request, (userId) => managerIds.has(userId)).length > 0) {
      return refuse("mash.checkRequest.error.sharing");
    }
    const dueAt = informationCheckDueAt(now, contact.rag, mashSettings.timeliness, screeningClock);
    const [check] = await tx
      .insert(informationChecks)
      .values({
        contactId: contact.id,
        agency: request.agency,
        question: request.question,
        requestedBy: user.id,
        requestedAt: now,
        dueAt,
        lawfulBasis: request.lawfulBasis,
        familyInformed: request.familyInformed,
        familyNotInformedReason: request.familyInformed ? null : request.familyNotInformedReason,
        sharingAuthorisedBy: request.familyInformed ? null : request.authorisedBy,
      })
      .returning({ id: informationChecks.id });
    await tx
      .update(contacts)
      .set({ status: next.status, ...touch })
      .where(eq(contacts.id, contact.id));
    await recordAudit(tx, actor, {
      action: "mash.check.requested",
      subjectType: "contact",
      subjectId: contact.id,
      details: {
        reference,
        checkId: check!.id,
        agency: request.agency,
        dueAt: dueAt.toISOString(),
        lawfulBasis: request.lawfulBasis,
        familyInformed: request.familyInformed,
        sharingAuthorisedBy: request.familyInformed ? null : request.authorisedBy,
      },
    });
    const officers = await tx
      .select({ name: users.name, email: users.email })
      .from(users)
      .innerJoin(organisations, eq(organisations.id, users.organisationId))
      .where(
        and(
          eq(users.role, "mash_agency_officer"),
          eq(users.active, true),
          inArray(organisations.type, organisationTypesOfAgency(request.agency)),
        ),
      );
    for (const officer of officers) {
      await sendMail(tx, {
        to: officer.email,
        template: "informationCheckRequested",
        personalisation: { name: officer.name, link: `${config().appUrl}${mashPaths.check(check!.id)}` },
      });
    }
    return { ok: true };
  });
}
