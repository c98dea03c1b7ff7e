import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "~/auth/session.server";
import {
  keepUnsavedInput,
  listOpenDrafts,
  openDraft,
  purgeExpiredDrafts,
  removeDraftEntry,
  saveDraftPage,
  startContactDraft,
} from "~/services/contact-drafts.server";
import { ensureThresholdDocumentPublished } from "~/services/thresholds.server";
import { auditEvents, contactDrafts } from "#db/schema";
import { seedDemoData } from "#db/seed";
import { completeAnswers } from "#tests/support/contact-fixtures";
import { actorFor, currentUser } from "#tests/support/current-user";
import { useTestDatabase } from "#tests/support/test-database";

const { db } = useTestDatabase();
let school: CurrentUser;
let otherSchool: CurrentUser;

beforeAll(async () => {
  await seedDemoData(db(), { password: "a demo password for tests", nodeEnv: "test" });
  await ensureThresholdDocumentPublished(db());
  school = await currentUser(db(), "dsl@northmoor-primary.example");
  otherSchool = await currentUser(db(), "dsl@riverside-academy.example");
});

describe("contact drafts", () => {
  it("are saved page by page and resumed as they were left", async () => {
    const { draftId } = await startContactDraft(actorFor(school), school, { immediateDanger: "no" });
    const referrer = completeAnswers().referrer!;
    const saved = await saveDraftPage(actorFor(school), school, draftId, { page: "referrer" }, (answers) => ({
      ...answers,
      referrer,
    }));
    expect(saved.outcome).toBe("saved");

    const resumed = await openDraft(school, draftId);
    expect(resumed.outcome).toBe("open");
    if (resumed.outcome !== "open") return;
    expect(resumed.draft.answers).toMatchObject({ immediateDanger: { immediateDanger: "no" }, referrer });
    expect(resumed.draft.thresholdDocument.version).toBe("2026.1");

    const listed = await listOpenDrafts(school);
    expect(listed.map((draft) => draft.id)).toContain(draftId);

    const events = await db()
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectType, "contact_draft"), eq(auditEvents.subjectId, draftId)));
    expect(events.map((event) => event.action)).toEqual(["contact.draft.start", "contact.draft.save"]);
  });

  it("are their author's alone: another organisation's referrer can neither open nor change one", async () => {
    const { draftId } = await startContactDraft(actorFor(school), school, { immediateDanger: "no" });
    expect(await openDraft(otherSchool, draftId)).toEqual({ outcome: "not-found" });
    expect(
      await saveDraftPage(actorFor(otherSchool), otherSchool, draftId, { page: "referrer" }, (answers) => answers),
    ).toEqual({ outcome: "not-found" });
    expect((await listOpenDrafts(otherSchool)).map((draft) => draft.id)).not.toContain(draftId);
    expect(await openDraft(school, "not-a-draft-id")).toEqual({ outcome: "not-found" });
  });

  it("keep what was typed on a page that could not be saved, until the page is saved", async () => {
    const { draftId } = await startContactDraft(actorFor(school), school, { immediateDanger: "no" });
    const typed = { name: "Priya Shah", phone: "not a phone number" };
    await keepUnsavedInput(actorFor(school), school, draftId, { page: "referrer" }, typed);
    let resumed = await openDraft(school, draftId);
    expect(resumed.outcome === "open" && resumed.draft.unsavedInput).toEqual({ referrer: typed });

    await saveDraftPage(actorFor(school), school, draftId, { page: "referrer" }, (answers) => ({
      ...answers,
      referrer: completeAnswers().referrer!,
    }));
    resumed = await openDraft(school, draftId);
    expect(resumed.outcome === "open" && resumed.draft.unsavedInput).toEqual({});
  });

  it("lose a child who was added by mistake, and any unsaved input kept for the children's pages", async () => {
    const { draftId } = await startContactDraft(actorFor(school), school, { immediateDanger: "no" });
    const [amy, ben] = completeAnswers().children;
    await saveDraftPage(actorFor(school), school, draftId, { page: "child", index: 0 }, (answers) => ({
      ...answers,
      children: [amy!, ben!],
    }));
    await keepUnsavedInput(actorFor(school), school, draftId, { page: "child", index: 1 }, { lastName: "Ev" });
    await keepUnsavedInput(actorFor(school), school, draftId, { page: "referrer" }, { name: "Priya" });

    const removed = await removeDraftEntry(actorFor(school), school, draftId, { page: "child", index: 0 });
    expect(removed.outcome === "saved" && removed.answers.children.map((child) => child.firstName)).toEqual(["Ben"]);
    const resumed = await openDraft(school, draftId);
    expect(resumed.outcome === "open" && resumed.draft.unsavedInput).toEqual({ referrer: { name: "Priya" } });
    expect(await removeDraftEntry(actorFor(otherSchool), otherSchool, draftId, { page: "child", index: 0 })).toEqual({
      outcome: "not-found",
    });
  });

  it("are removed after 30 days untouched, and the removal is audited", async () => {
    const now = new Date();
    const day = 24 * 60 * 60 * 1000;
    const { draftId: stale } = await startContactDraft(actorFor(school), school, { immediateDanger: "no" });
    const { draftId: recent } = await startContactDraft(actorFor(school), school, { immediateDanger: "no" });
    await db()
      .update(contactDrafts)
      .set({ updatedAt: new Date(now.getTime() - 30 * day - 1000) })
      .where(eq(contactDrafts.id, stale));
    await db()
      .update(contactDrafts)
      .set({ updatedAt: new Date(now.getTime() - 29 * day) })
      .where(eq(contactDrafts.id, recent));

    const listed = await listOpenDrafts(school, new Date(now.getTime() - 1000));
    expect(listed.find((draft) => draft.id === recent)?.expiring).toBe(true);

    await purgeExpiredDrafts(now);
    expect(await openDraft(school, stale)).toEqual({ outcome: "not-found" });
    expect((await openDraft(school, recent)).outcome).toBe("open");
    const [purge] = await db()
      .select({ details: auditEvents.details })
      .from(auditEvents)
      .where(eq(auditEvents.action, "contact.draft.purge"));
    expect(purge?.details).toEqual({ draftIds: [stale] });
  });
});
