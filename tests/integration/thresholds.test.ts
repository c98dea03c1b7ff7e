import { readFile } from "node:fs/promises";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "~/auth/session.server";
import {
  currentThresholdDocument,
  defaultThresholdDocumentFile,
  ensureThresholdDocumentPublished,
  listThresholdDocuments,
  publishThresholdDocument,
  thresholdDocumentById,
  uploadThresholdDocument,
} from "~/services/thresholds.server";
import { auditEvents, thresholdDocuments } from "#db/schema";
import { seedDemoData } from "#db/seed";
import { actorFor, currentUser } from "#tests/support/current-user";
import { useTestDatabase } from "#tests/support/test-database";

const { db } = useTestDatabase();
let admin: CurrentUser;
let defaultFile: Record<string, unknown>;

beforeAll(async () => {
  await seedDemoData(db(), { password: "a demo password for tests", nodeEnv: "test" });
  admin = await currentUser(db(), "admin@northmoor.example");
  defaultFile = JSON.parse(await readFile(defaultThresholdDocumentFile, "utf8")) as Record<string, unknown>;
});

describe("threshold document versions", () => {
  it("start with the default document published, once, however often the server starts", async () => {
    await Promise.all([ensureThresholdDocumentPublished(db()), ensureThresholdDocumentPublished(db())]);
    await ensureThresholdDocumentPublished(db());
    const versions = await listThresholdDocuments();
    expect(versions.map((version) => [version.version, version.status])).toEqual([["2026.1", "published"]]);
  });

  it("takes a good file as a draft to preview, then publishes it and keeps the old version readable", async () => {
    const previous = await currentThresholdDocument();
    const file = { ...defaultFile, version: "2026.2", title: "Northmoor continuum of need, revised" };
    const uploaded = await uploadThresholdDocument(actorFor(admin), JSON.stringify(file));
    expect(uploaded.ok).toBe(true);
    if (!uploaded.ok) return;

    expect((await currentThresholdDocument()).version).toBe("2026.1");
    expect((await thresholdDocumentById(uploaded.id))?.status).toBe("draft");

    expect(await publishThresholdDocument(actorFor(admin), uploaded.id)).toBe(true);
    expect((await currentThresholdDocument()).version).toBe("2026.2");
    const old = await thresholdDocumentById(previous.id);
    expect(old?.status).toBe("superseded");
    expect(old?.document.descriptors.length).toBeGreaterThan(0);
    // A version is published once; publishing it again changes nothing.
    expect(await publishThresholdDocument(actorFor(admin), uploaded.id)).toBe(false);

    const events = await db()
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, uploaded.id));
    expect(events.map((event) => event.action)).toEqual(["thresholds.upload", "thresholds.publish"]);
  });

  it("refuses a bad file, naming each bad entry, and stores nothing", async () => {
    const before = await listThresholdDocuments();
    const descriptors = structuredClone(defaultFile.descriptors) as Record<string, unknown>[];
    descriptors[3] = { ...descriptors[3], keyword: ["typo"] };
    descriptors[5] = { ...descriptors[5], level: "high" };
    const result = await uploadThresholdDocument(
      actorFor(admin),
      JSON.stringify({ ...defaultFile, version: "2026.3", descriptors }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const idOf = (index: number) => (descriptors[index] as { id: string }).id;
    expect(result.errors).toEqual([
      `descriptors[3] (id "${idOf(3)}"): has a field this format does not use: "keyword"`,
      `descriptors[5] (id "${idOf(5)}").level: must be a number`,
    ]);
    expect(await listThresholdDocuments()).toHaveLength(before.length);
  });

  it("refuses a file that is not JSON, and a version that was uploaded before", async () => {
    const notJson = await uploadThresholdDocument(actorFor(admin), "{ levels: [");
    expect(notJson).toEqual({ ok: false, errors: [expect.stringMatching(/^The file is not valid JSON/)] });
    const again = await uploadThresholdDocument(actorFor(admin), JSON.stringify(defaultFile));
    expect(again).toEqual({
      ok: false,
      errors: ["Version 2026.1 has already been uploaded: give this file a new version"],
    });
  });

  it("offers whichever version another web worker or server put in force, though this one read another before", async () => {
    // Each worker keeps the versions' documents (never edited once uploaded), never which version is in force.
    const before = await currentThresholdDocument();
    const other = (await listThresholdDocuments()).find((version) => version.id !== before.id)!;
    // What another process's publish does, out of this process's sight.
    await db().transaction(async (tx) => {
      await tx.update(thresholdDocuments).set({ status: "superseded" }).where(eq(thresholdDocuments.id, before.id));
      await tx.update(thresholdDocuments).set({ status: "published" }).where(eq(thresholdDocuments.id, other.id));
    });
    const after = await currentThresholdDocument();
    expect(after.id).toBe(other.id);
    expect(after.document.version).toBe(other.version);
  });
});
