import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "#db/connection";
import { auditEvents } from "#db/schema";
import { recordAudit } from "~/services/audit.server";
import { useTestDatabase } from "#tests/support/test-database";

const { db, ownerUrl } = useTestDatabase();
// drizzle wraps the database error; the trigger's own message is its cause.
const appendOnlyRefusal = { cause: expect.objectContaining({ message: expect.stringMatching(/append-only/) }) };

// The application's role may not even try (tests/integration/database-privileges.test.ts); the triggers hold
// against the schema's owner as well.
let owner: ReturnType<typeof createDatabase>;
beforeAll(() => {
  owner = createDatabase(ownerUrl(), { max: 1 });
});
afterAll(() => owner.close());

describe("audit_events", () => {
  it("accepts new events", async () => {
    const [event] = await db()
      .insert(auditEvents)
      .values({ action: "test.event", subjectType: "test", subjectId: "1" })
      .returning();
    expect(event?.id).toBeGreaterThan(0);
  });

  it("takes a page's several events in one statement, all of them or none", async () => {
    const actor = { user: null, ipAddress: "127.0.0.1", correlationId: null };
    const events = (subjectId: string, personIds: string[]) =>
      personIds.map((personId) => ({ action: "person.viewed" as const, subjectType: "test", subjectId, personId }));
    await recordAudit(db(), actor, events("together", [crypto.randomUUID(), crypto.randomUUID()]));
    // The second is refused (not a uuid), so the first, sent in the same statement, is not kept either.
    await expect(recordAudit(db(), actor, events("refused", [crypto.randomUUID(), "not-a-uuid"]))).rejects.toThrow();
    const written = await db()
      .select({ subjectId: auditEvents.subjectId, count: sql<number>`count(*)::int` })
      .from(auditEvents)
      .where(eq(auditEvents.subjectType, "test"))
      .groupBy(auditEvents.subjectId);
    expect(written).toContainEqual({ subjectId: "together", count: 2 });
    expect(written.map((row) => row.subjectId)).not.toContain("refused");
  });

  it("refuses to change an event, even to the schema's owner", async () => {
    const [event] = await db().insert(auditEvents).values({ action: "test.original" }).returning();
    await expect(
      owner.db.update(auditEvents).set({ action: "test.rewritten" }).where(eq(auditEvents.id, event!.id)),
    ).rejects.toMatchObject(appendOnlyRefusal);
    const [stored] = await db().select().from(auditEvents).where(eq(auditEvents.id, event!.id));
    expect(stored?.action).toBe("test.original");
  });

  it("refuses to delete or truncate events, even to the schema's owner", async () => {
    const [event] = await db().insert(auditEvents).values({ action: "test.keep" }).returning();
    await expect(owner.db.delete(auditEvents).where(eq(auditEvents.id, event!.id))).rejects.toMatchObject(
      appendOnlyRefusal,
    );
    await expect(owner.db.execute(sql`truncate audit_events`)).rejects.toMatchObject(appendOnlyRefusal);
    const [{ count } = { count: 0 }] = await db()
      .select({ count: sql<number>`count(*)::int` })
      .from(auditEvents)
      .where(eq(auditEvents.id, event!.id));
    expect(count).toBe(1);
  });
});
