import type { Queryable } from "#db/connection";
import { db } from "~/db.server";
import { draftExpiresAt, draftLifetimeDays, emptyDraft, isDraftExpiring } from "~/domain/contact/draft";
import type { ContactDraftAnswers, JourneyContext, PageRef } from "~/domain/contact/journey";
import type { ImmediateDangerAnswers } from "~/forms/contact/immediate-danger";
import {
  deleteDraftsNotUpdatedSince,
  findOwnDraft,
  insertDraft,
  listOwnOpenDrafts,
  lockOwnDraft,
  updateDraft,
  type DraftOwner,
} from "~/models/contact-draft.server";
import { organisationContactReference } from "~/models/contact.server";
import { type AuditActor, recordAudit } from "./audit.server";
import { currentThresholdDocument, type StoredThresholdDocument } from "./thresholds.server";

/**
 * Contact drafts: started on the immediate danger question, saved page by
 * page, each save one transaction with its audit event. A draft is always
 * checked against the threshold document in force now, not the one it was
 * started under, so a descriptor withdrawn since is caught before submitting.
 */

export interface OpenDraft {
  id: string;
  answers: ContactDraftAnswers;
  unsavedInput: Record<string, unknown>;
  updatedAt: Date;
  thresholdDocument: StoredThresholdDocument;
  context: JourneyContext;
}

export type DraftLookup =
  { outcome: "open"; draft: OpenDraft } | { outcome: "submitted"; reference: string } | { outcome: "not-found" };

const maxUnsavedInputLength = 100_000;

/** Where a page keeps its unsaved input: one key per page, and per child or adult. */
export function draftPageKey(page: PageRef): string {
  return "index" in page ? `${page.page}-${page.index}` : page.page;
}

export async function startContactDraft(
  actor: AuditActor,
  user: DraftOwner,
  immediateDanger: ImmediateDangerAnswers,
): Promise<{ draftId: string; answers: ContactDraftAnswers; context: JourneyContext }> {
  return db().transaction(async (tx) => {
    const current = await currentThresholdDocument(tx);
    const answers: ContactDraftAnswers = { ...emptyDraft(), immediateDanger };
    const draftId = await insertDraft(tx, user, { thresholdDocumentId: current.id, answers });
    await recordAudit(tx, actor, {
      action: "contact.draft.start",
      subjectType: "contact_draft",
      subjectId: draftId,
      details: { immediateDanger: immediateDanger.immediateDanger },
    });
    return { draftId, answers, context: { document: current.document } };
  });
}

export async function openDraft(user: DraftOwner, draftId: string, queryable: Queryable = db()): Promise<DraftLookup> {
  const draft = await findOwnDraft(queryable, user, draftId);
  if (!draft) return { outcome: "not-found" };
  if (draft.submittedContactId) return submittedLookup(queryable, user, draft.submittedContactId);
  const thresholdDocument = await currentThresholdDocument(queryable);
  return {
    outcome: "open",
    draft: {
      id: draft.id,
      answers: draft.answers,
      unsavedInput: draft.unsavedInput,
      updatedAt: draft.updatedAt,
      thresholdDocument,
      context: { document: thresholdDocument.document },
    },
  };
}

export type SaveResult =
  | { outcome: "saved"; answers: ContactDraftAnswers; context: JourneyContext }
  | { outcome: "submitted"; reference: string }
  | { outcome: "not-found" };

/**
 * Saves one page's answers: `change` gets the answers as they stand (read
 * under a row lock, so a save in another tab is never overwritten with stale
 * answers) and returns them with the page's answer in place.
 */
export function saveDraftPage(
  actor: AuditActor,
  user: DraftOwner,
  draftId: string,
  page: PageRef,
  change: (answers: ContactDraftAnswers, context: JourneyContext) => ContactDraftAnswers,
): Promise<SaveResult> {
  return changeDraft(actor, user, draftId, {
    action: "contact.draft.save",
    page,
    change,
    keepUnsaved: (key) => key !== draftPageKey(page),
  });
}

/**
 * Removes one child or adult from a draft. Later entries move up a place, so
 * unsaved input kept for any of them (keyed by position) is dropped rather
 * than shown on the wrong person's page.
 */
export function removeDraftEntry(
  actor: AuditActor,
  user: DraftOwner,
  draftId: string,
  entry: { page: "child" | "adult"; index: number },
): Promise<SaveResult> {
  const list = entry.page === "child" ? "children" : "adults";
  return changeDraft(actor, user, draftId, {
    action: "contact.draft.remove",
    page: entry,
    change: (answers) => ({ ...answers, [list]: answers[list].filter((_item, index) => index !== entry.index) }),
    keepUnsaved: (key) => !key.startsWith(`${entry.page}-`),
  });
}

/** One audited change to the referrer's own open draft, against the threshold document in force. */
async function changeDraft(
  actor: AuditActor,
  user: DraftOwner,
  draftId: string,
  how: {
    action: "contact.draft.save" | "contact.draft.remove";
    page: PageRef;
    change: (answers: ContactDraftAnswers, context: JourneyContext) => ContactDraftAnswers;
    /** Which pages' unsaved input still applies after the change. */
    keepUnsaved: (key: string) => boolean;
  },
): Promise<SaveResult> {
  return db().transaction(async (tx) => {
    const draft = await lockOwnDraft(tx, user, draftId);
    if (!draft) return { outcome: "not-found" as const };
    if (draft.submittedContactId) return submittedLookup(tx, user, draft.submittedContactId);
    const current = await currentThresholdDocument(tx);
    const context = { document: current.document };
    const answers = how.change(draft.answers, context);
    const unsavedInput = Object.fromEntries(Object.entries(draft.unsavedInput).filter(([key]) => how.keepUnsaved(key)));
    await updateDraft(tx, draft.id, { answers, unsavedInput, thresholdDocumentId: current.id }, new Date());
    await recordAudit(tx, actor, {
      action: how.action,
      subjectType: "contact_draft",
      subjectId: draft.id,
      details: { page: draftPageKey(how.page) },
    });
    return { outcome: "saved" as const, answers, context };
  });
}

/**
 * Keeps what was typed on a page that could not be saved yet (it had errors,
 * or the referrer chose to come back later), so it is there when they return.
 * Counts as a change: the draft's 30 days start again.
 */
export async function keepUnsavedInput(
  actor: AuditActor,
  user: DraftOwner,
  draftId: string,
  page: PageRef,
  input: unknown,
): Promise<void> {
  // The biggest page (three 5,000-character boxes) is far below this; anything larger is not a person typing.
  if (JSON.stringify(input).length > maxUnsavedInputLength) return;
  await db().transaction(async (tx) => {
    const draft = await lockOwnDraft(tx, user, draftId);
    if (!draft || draft.submittedContactId) return;
    const unsavedInput = { ...draft.unsavedInput, [draftPageKey(page)]: input };
    await updateDraft(tx, draft.id, { unsavedInput }, new Date());
    await recordAudit(tx, actor, {
      action: "contact.draft.keepUnsaved",
      subjectType: "contact_draft",
      subjectId: draft.id,
      details: { page: draftPageKey(page) },
    });
  });
}

/** A child as lists name them: an unborn baby often has no first name yet. */
export interface ListedChild {
  firstName: string | null;
  lastName: string;
  unborn: boolean;
}

export interface DraftListItem {
  id: string;
  children: ListedChild[];
  updatedAt: Date;
  expiresAt: Date;
  expiring: boolean;
}

export async function listOpenDrafts(user: DraftOwner, now = new Date()): Promise<DraftListItem[]> {
  const drafts = await listOwnOpenDrafts(db(), user);
  return drafts.map((draft) => ({
    id: draft.id,
    children: draft.answers.children.map((child) => ({
      firstName: child.firstName ?? null,
      lastName: child.lastName,
      unborn: child.isUnborn === "yes",
    })),
    updatedAt: draft.updatedAt,
    expiresAt: draftExpiresAt(draft.updatedAt),
    expiring: isDraftExpiring(draft.updatedAt, now),
  }));
}

/**
 * Deletes drafts nobody has changed for 30 days (the list warns in the last
 * seven). Runs at start and hourly; also removes submitted drafts, whose
 * contact holds everything they did.
 */
export async function purgeExpiredDrafts(now = new Date(), queryable: Queryable = db()): Promise<number> {
  const cutoff = new Date(now.getTime() - draftLifetimeDays * 24 * 60 * 60 * 1000);
  return queryable.transaction(async (tx) => {
    const deleted = await deleteDraftsNotUpdatedSince(tx, cutoff);
    if (deleted.length > 0) {
      await recordAudit(
        tx,
        { user: null, ipAddress: null, correlationId: null },
        { action: "contact.draft.purge", subjectType: "contact_draft", details: { draftIds: deleted } },
      );
    }
    return deleted.length;
  });
}

async function submittedLookup(
  queryable: Queryable,
  user: DraftOwner,
  contactId: string,
): Promise<{ outcome: "submitted"; reference: string } | { outcome: "not-found" }> {
  const reference = await organisationContactReference(queryable, user, contactId);
  return reference ? { outcome: "submitted", reference } : { outcome: "not-found" };
}
