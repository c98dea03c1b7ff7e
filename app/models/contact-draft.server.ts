import { and, desc, eq, isNull, lte } from "drizzle-orm";
import type { Queryable } from "#db/connection";
import { contactDrafts } from "#db/schema";
import type { ContactDraftAnswers } from "~/domain/contact/journey";
import { isUuid } from "~/domain/uuid";

/**
 * Contact drafts, as stored. A draft is its author's alone until it is
 * submitted: every query takes the user and finds only drafts they started
 * in their current organisation.
 */

export interface DraftOwner {
  id: string;
  organisationId: string;
}

export interface DraftRecord {
  id: string;
  answers: ContactDraftAnswers;
  unsavedInput: Record<string, unknown>;
  submittedContactId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

const draftColumns = {
  id: contactDrafts.id,
  answers: contactDrafts.answers,
  unsavedInput: contactDrafts.unsavedInput,
  submittedContactId: contactDrafts.submittedContactId,
  createdAt: contactDrafts.createdAt,
  updatedAt: contactDrafts.updatedAt,
};

function ownedBy(user: DraftOwner, draftId: string) {
  return and(
    eq(contactDrafts.id, draftId),
    eq(contactDrafts.createdBy, user.id),
    eq(contactDrafts.organisationId, user.organisationId),
  );
}

export async function insertDraft(
  queryable: Queryable,
  user: DraftOwner,
  values: { thresholdDocumentId: string; answers: ContactDraftAnswers },
): Promise<string> {
  const [row] = await queryable
    .insert(contactDrafts)
    .values({ organisationId: user.organisationId, createdBy: user.id, ...values })
    .returning({ id: contactDrafts.id });
  return row!.id;
}

export async function findOwnDraft(
  queryable: Queryable,
  user: DraftOwner,
  draftId: string,
): Promise<DraftRecord | undefined> {
  if (!isUuid(draftId)) return undefined;
  const [row] = await queryable.select(draftColumns).from(contactDrafts).where(ownedBy(user, draftId));
  return row;
}

/** For a change: holds the row until the transaction ends, so two saves (or two submits) of one draft take turns. */
export async function lockOwnDraft(
  queryable: Queryable,
  user: DraftOwner,
  draftId: string,
): Promise<DraftRecord | undefined> {
  if (!isUuid(draftId)) return undefined;
  const [row] = await queryable.select(draftColumns).from(contactDrafts).where(ownedBy(user, draftId)).for("update");
  return row;
}

export async function updateDraft(
  queryable: Queryable,
  draftId: string,
  values: Partial<{
    answers: ContactDraftAnswers;
    unsavedInput: Record<string, unknown>;
    thresholdDocumentId: string;
    submittedContactId: string;
  }>,
  now: Date,
): Promise<void> {
  await queryable
    .update(contactDrafts)
    .set({ ...values, updatedAt: now })
    .where(eq(contactDrafts.id, draftId));
}

/** The user's drafts not yet submitted, most recently changed first. */
export function listOwnOpenDrafts(queryable: Queryable, user: DraftOwner): Promise<DraftRecord[]> {
  return queryable
    .select(draftColumns)
    .from(contactDrafts)
    .where(
      and(
        eq(contactDrafts.createdBy, user.id),
        eq(contactDrafts.organisationId, user.organisationId),
        isNull(contactDrafts.submittedContactId),
      ),
    )
    .orderBy(desc(contactDrafts.updatedAt));
}

/** Every draft, anyone's, untouched since `cutoff`: the one query that is not a user's, for the purge job. */
export async function deleteDraftsNotUpdatedSince(queryable: Queryable, cutoff: Date): Promise<string[]> {
  const deleted = await queryable
    .delete(contactDrafts)
    .where(lte(contactDrafts.updatedAt, cutoff))
    .returning({ id: contactDrafts.id });
  return deleted.map((row) => row.id);
}
