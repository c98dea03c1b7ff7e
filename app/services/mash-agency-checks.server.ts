import { and, asc, desc, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import type { Queryable } from "#db/connection";
import { contactChildren, contacts, informationChecks } from "#db/schema";
import type { CurrentUser } from "~/auth/session.server";
import { db } from "~/db.server";
import type { AdultAnswers } from "~/forms/contact/adult";
import type { ChildAnswers } from "~/forms/contact/child";
import { agencyOfOrganisationType, type InformationCheckAgency } from "~/domain/mash/agencies";
import { transition } from "~/domain/mash/contact-status";
import { recordAudit, type AuditActor } from "./audit.server";
import { answeredChild, lockContact, refuse, touch, type Outcome } from "./mash-contacts.server";
import { answerer, authoriser, checkColumns, requester, toView, type CheckView } from "./mash-checks.server";

/** The agencies' side of information checks: the checks waiting for an agency, and the answers its officers give. */
export interface AgencyCheckEntry extends CheckView {
  reference: string;
  children: string[];
}

export interface AgencyChecks {
  agency: InformationCheckAgency | null;
  open: AgencyCheckEntry[];
  answered: AgencyCheckEntry[];
}

const recentlyAnsweredLimit = 20;

async function childNamesByContact(queryable: Queryable, contactIds: string[]): Promise<Map<string, string[]>> {
  const names = new Map<string, string[]>();
  if (contactIds.length === 0) return names;
  const rows = await queryable
    .select({
      contactId: contactChildren.contactId,
      firstName: contactChildren.firstName,
      lastName: contactChildren.lastName,
    })
    .from(contactChildren)
    .where(inArray(contactChildren.contactId, contactIds))
    .orderBy(asc(contactChildren.position));
  for (const row of rows) {
    names.set(row.contactId, [
      ...(names.get(row.contactId) ?? []),
      [row.firstName, row.lastName].filter(Boolean).join(" "),
    ]);
  }
  return names;
}

/** An agency officer's list: their agency's open checks, most urgent first, then the latest answered. */
export async function agencyChecks(actor: AuditActor, user: CurrentUser, now = new Date()): Promise<AgencyChecks> {
  const agency = agencyOfOrganisationType(user.organisationType);
  if (!agency) return { agency, open: [], answered: [] };
  const withReference = { ...checkColumns, reference: contacts.reference };
  const base = () =>
    db()
      .select(withReference)
      .from(informationChecks)
      .innerJoin(contacts, eq(contacts.id, informationChecks.contactId))
      .innerJoin(requester, eq(requester.id, informationChecks.requestedBy))
      .leftJoin(answerer, eq(answerer.id, informationChecks.answeredBy))
      .leftJoin(authoriser, eq(authoriser.id, informationChecks.sharingAuthorisedBy));
  const open = await base()
    .where(and(eq(informationChecks.agency, agency), isNull(informationChecks.answeredAt)))
    .orderBy(asc(informationChecks.dueAt));
  const answered = await base()
    .where(and(eq(informationChecks.agency, agency), isNotNull(informationChecks.answeredAt)))
    .orderBy(desc(informationChecks.answeredAt))
    .limit(recentlyAnsweredLimit);
  const names = await childNamesByContact(db(), [...new Set([...open, ...answered].map((row) => row.contactId))]);
  const entry = (row: (typeof open)[number]): AgencyCheckEntry => ({
    ...toView(row, now),
    reference: row.reference,
    children: names.get(row.contactId) ?? [],
  });
  await recordAudit(db(), actor, {
    action: "mash.checks.viewed",
    details: { agency, open: open.map((row) => row.id) },
  });
  return { agency, open: open.map(entry), answered: answered.map(entry) };
}

export interface CheckToAnswer {
  check: CheckView;
  reference: string;
  children: (Pick<ChildAnswers, "lastName" | "sex" | "address"> & {
    firstName: string | null;
    dateOfBirth: string | null;
    dueDate: string | null;
    nhsNumber: string | null;
  })[];
  adults: AdultAnswers[];
}

async function findAgencyCheck(queryable: Queryable, user: CurrentUser, checkId: string) {
  const agency = agencyOfOrganisationType(user.organisationType);
  if (!agency || !/^[0-9a-f-]{36}$/i.test(checkId)) return undefined;
  const [row] = await queryable
    .select({ ...checkColumns, reference: contacts.reference, answers: contacts.answers })
    .from(informationChecks)
    .innerJoin(contacts, eq(contacts.id, informationChecks.contactId))
    .innerJoin(requester, eq(requester.id, informationChecks.requestedBy))
    .leftJoin(answerer, eq(answerer.id, informationChecks.answeredBy))
    .leftJoin(authoriser, eq(authoriser.id, informationChecks.sharingAuthorisedBy))
    .where(and(eq(informationChecks.id, checkId), eq(informationChecks.agency, agency)));
  return row;
}

/**
 * One check for an officer to answer, with who the family are so that they can
 * search their own agency's records. Only their own agency's checks exist for them.
 */
export async function checkToAnswer(
  actor: AuditActor,
  user: CurrentUser,
  checkId: string,
  now = new Date(),
): Promise<CheckToAnswer | undefined> {
  const row = await findAgencyCheck(db(), user, checkId);
  if (!row) return undefined;
  const children = await db()
    .select({
      firstName: contactChildren.firstName,
      lastName: contactChildren.lastName,
      dateOfBirth: contactChildren.dateOfBirth,
      dueDate: contactChildren.dueDate,
      nhsNumber: contactChildren.nhsNumber,
      sex: contactChildren.sex,
      position: contactChildren.position,
      personId: contactChildren.personId,
    })
    .from(contactChildren)
    .where(eq(contactChildren.contactId, row.contactId))
    .orderBy(asc(contactChildren.position));
  await recordAudit(db(), actor, [
    {
      action: "mash.check.viewed",
      subjectType: "contact",
      subjectId: row.contactId,
      details: { reference: row.reference, checkId },
    },
    ...children.flatMap((child) =>
      child.personId
        ? [
            {
              action: "person.viewed" as const,
              subjectType: "contact",
              subjectId: row.contactId,
              personId: child.personId,
              details: { reference: row.reference, checkId },
            },
          ]
        : [],
    ),
  ]);
  return {
    check: toView(row, now),
    reference: row.reference,
    children: children.map((child) => {
      const answered = answeredChild(row.answers, child);
      return {
        firstName: child.firstName,
        lastName: child.lastName,
        dateOfBirth: child.dateOfBirth,
        dueDate: child.dueDate,
        nhsNumber: child.nhsNumber,
        sex: (answered?.sex ?? child.sex) as ChildAnswers["sex"],
        address: answered?.address ?? { line1: "", town: "", postcode: "" },
      };
    }),
    adults: row.answers.adults,
  };
}

/**
 * The officer's answer, with the time. When it answers the last open check,
 * the contact goes back to screening.
 */
export async function answerInformationCheck(
  actor: AuditActor,
  user: CurrentUser,
  checkId: string,
  answer: string,
  now = new Date(),
): Promise<Outcome<{ reference: string }>> {
  return db().transaction(async (tx) => {
    const found = await findAgencyCheck(tx, user, checkId);
    if (!found) return refuse("notFound");
    const contact = await lockContact(tx, found.reference);
    if (!contact) return refuse("notFound");
    const [answered] = await tx
      .update(informationChecks)
      .set({ answer, answeredBy: user.id, answeredAt: now })
      .where(and(eq(informationChecks.id, checkId), isNull(informationChecks.answeredAt)))
      .returning({ id: informationChecks.id });
    if (!answered) return refuse("mash.check.error.alreadyAnswered");
    const [{ open } = { open: 0 }] = await tx
      .select({ open: sql<number>`count(*)::int` })
      .from(informationChecks)
      .where(and(eq(informationChecks.contactId, contact.id), isNull(informationChecks.answeredAt)));
    if (open === 0 && contact.status === "awaiting_checks") {
      const next = transition(contact.status, { type: "checks_answered" });
      if (next.ok)
        await tx
          .update(contacts)
          .set({ status: next.status, ...touch })
          .where(eq(contacts.id, contact.id));
    }
    await recordAudit(tx, actor, {
      action: "mash.check.answered",
      subjectType: "contact",
      subjectId: contact.id,
      details: { reference: contact.reference, checkId, late: now > found.dueAt },
    });
    return { ok: true, reference: contact.reference };
  });
}
