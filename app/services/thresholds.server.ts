import { readFile } from "node:fs/promises";
import path from "node:path";
import { and, desc, eq, sql } from "drizzle-orm";
import type { Queryable } from "#db/connection";
import { thresholdDocuments } from "#db/schema";
import { parseThresholdDocument, type ThresholdDocument } from "~/domain/thresholds/document";
import { db } from "~/db.server";
import { type AuditActor, recordAudit } from "./audit.server";

/** The document a fresh installation publishes; a council replaces it by uploading its own. */
export const defaultThresholdDocumentFile = path.resolve("config/threshold-documents/northmoor-2026.json");

export interface StoredThresholdDocument {
  id: string;
  version: string;
  status: "draft" | "published" | "superseded";
  document: ThresholdDocument;
  publishedAt: Date | null;
}

const headerColumns = {
  id: thresholdDocuments.id,
  version: thresholdDocuments.version,
  status: thresholdDocuments.status,
  publishedAt: thresholdDocuments.publishedAt,
};
const columns = { ...headerColumns, document: thresholdDocuments.document };

/**
 * Each stored version's document, read and parsed once per process: a
 * version's document never changes once uploaded (publishing changes only its
 * status), and it is about 30 KB that every contact page and submit needs. A
 * council has a handful of versions, so the map stays small.
 */
const documentsById = new Map<string, ThresholdDocument>();

async function withDocument(
  queryable: Queryable,
  header: Omit<StoredThresholdDocument, "document">,
): Promise<StoredThresholdDocument> {
  let document = documentsById.get(header.id);
  if (!document) {
    const [row] = await queryable
      .select({ document: thresholdDocuments.document })
      .from(thresholdDocuments)
      .where(eq(thresholdDocuments.id, header.id));
    document = row!.document;
    documentsById.set(header.id, document);
  }
  return { ...header, document };
}

class NoThresholdDocument extends Error {}

/** An arbitrary constant naming the advisory lock that serialises publishing. */
const publishLockKey = 4_000_001;

/**
 * The version in force: what new contacts are made with and what /thresholds
 * shows. The server publishes the default at start; a database that has never
 * had one (a fresh test database) gets it on first use.
 */
export async function currentThresholdDocument(queryable: Queryable = db()): Promise<StoredThresholdDocument> {
  const current = await publishedDocument(queryable);
  if (current) return current;
  await ensureThresholdDocumentPublished(queryable);
  const published = await publishedDocument(queryable);
  if (!published) throw new NoThresholdDocument("No threshold document has been published.");
  return published;
}

async function publishedDocument(queryable: Queryable): Promise<StoredThresholdDocument | undefined> {
  const [current] = await queryable
    .select(headerColumns)
    .from(thresholdDocuments)
    .where(eq(thresholdDocuments.status, "published"));
  return current && withDocument(queryable, current);
}

export async function thresholdDocumentById(
  id: string,
  queryable: Queryable = db(),
): Promise<StoredThresholdDocument | undefined> {
  const [found] = await queryable.select(headerColumns).from(thresholdDocuments).where(eq(thresholdDocuments.id, id));
  return found && withDocument(queryable, found);
}

export function listThresholdDocuments(
  queryable: Queryable = db(),
): Promise<(StoredThresholdDocument & { uploadedAt: Date })[]> {
  return queryable
    .select({ ...columns, uploadedAt: thresholdDocuments.uploadedAt })
    .from(thresholdDocuments)
    .orderBy(desc(thresholdDocuments.uploadedAt));
}

/**
 * At start-up: a database with no document in force gets the default file, so
 * the contact form always has descriptors to offer. Does nothing otherwise.
 * Safe when several servers start at once: they queue on an advisory lock.
 */
export async function ensureThresholdDocumentPublished(
  queryable: Queryable = db(),
  file = defaultThresholdDocumentFile,
): Promise<void> {
  const parsed = parseThresholdDocument(JSON.parse(await readFile(file, "utf8")));
  if (!parsed.ok) throw new Error(`The default threshold document ${file} is not valid:\n${parsed.errors.join("\n")}`);
  const { document } = parsed;
  await queryable.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${publishLockKey})`);
    const [published] = await tx
      .select({ id: thresholdDocuments.id })
      .from(thresholdDocuments)
      .where(eq(thresholdDocuments.status, "published"));
    if (published) return;
    // The default's version may already be stored as a draft someone uploaded and never published.
    await tx
      .insert(thresholdDocuments)
      .values({
        version: document.version,
        title: document.title,
        status: "published",
        document,
        publishedAt: new Date(),
      })
      .onConflictDoUpdate({
        target: thresholdDocuments.version,
        set: { status: "published", publishedAt: new Date() },
      });
  });
}

export type UploadResult = { ok: true; id: string } | { ok: false; errors: string[] };

/** Stores an uploaded file as a draft to preview; nothing changes for referrers until it is published. */
export async function uploadThresholdDocument(actor: AuditActor, fileText: string): Promise<UploadResult> {
  let raw: unknown;
  try {
    raw = JSON.parse(fileText);
  } catch (error) {
    return { ok: false, errors: [`The file is not valid JSON: ${(error as Error).message}`] };
  }
  const parsed = parseThresholdDocument(raw);
  if (!parsed.ok) return parsed;
  const { document } = parsed;
  return db().transaction(async (tx) => {
    const [clash] = await tx
      .select({ id: thresholdDocuments.id })
      .from(thresholdDocuments)
      .where(eq(thresholdDocuments.version, document.version));
    if (clash)
      return {
        ok: false as const,
        errors: [`Version ${document.version} has already been uploaded: give this file a new version`],
      };
    const [row] = await tx
      .insert(thresholdDocuments)
      .values({ version: document.version, title: document.title, document, uploadedBy: actor.user?.id })
      .returning({ id: thresholdDocuments.id });
    await recordAudit(tx, actor, {
      action: "thresholds.upload",
      subjectType: "threshold_document",
      subjectId: row!.id,
      details: { version: document.version },
    });
    return { ok: true as const, id: row!.id };
  });
}

/** Puts a draft version in force and retires the previous one, in one transaction. */
export async function publishThresholdDocument(actor: AuditActor, id: string): Promise<boolean> {
  return db().transaction(async (tx) => {
    // Two admins publishing at once take turns, so exactly one version is ever in force.
    await tx.execute(sql`select pg_advisory_xact_lock(${publishLockKey})`);
    const [draft] = await tx
      .select({ id: thresholdDocuments.id, version: thresholdDocuments.version })
      .from(thresholdDocuments)
      .where(and(eq(thresholdDocuments.id, id), eq(thresholdDocuments.status, "draft")))
      .for("update");
    if (!draft) return false;
    await tx.update(thresholdDocuments).set({ status: "superseded" }).where(eq(thresholdDocuments.status, "published"));
    await tx
      .update(thresholdDocuments)
      .set({ status: "published", publishedAt: new Date(), publishedBy: actor.user?.id })
      .where(eq(thresholdDocuments.id, id));
    await recordAudit(tx, actor, {
      action: "thresholds.publish",
      subjectType: "threshold_document",
      subjectId: id,
      details: { version: draft.version },
    });
    return true;
  });
}
