import { eq, sql, type SQL } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "#db/connection";
import { applicationRoleProblems } from "#db/roles";
import { auditEvents } from "#db/schema";
import { useTestDatabase } from "#tests/support/test-database";

/**
 * The portal connects as a role that may read and write rows and nothing
 * more (ADR 16), so that not even the application can rewrite the audit
 * trail: it cannot update, delete or truncate it, switch its triggers off
 * (directly or through session_replication_role), or change the schema.
 * The test database is a copy of the template, as every test file's is, so
 * this also shows that the copies keep the owner and the grants.
 */
const { db, url, ownerUrl } = useTestDatabase();

let owner: ReturnType<typeof createDatabase>;
beforeAll(() => {
  owner = createDatabase(ownerUrl(), { max: 1 });
});
afterAll(() => owner.close());

/** The database's refusal, beneath drizzle's wrapping. */
function refusedWith(message: RegExp) {
  return { cause: expect.objectContaining({ message: expect.stringMatching(message) }) };
}

async function scalar<T>(query: SQL): Promise<T> {
  const [row] = (await db().execute(query)) as unknown as { value: T }[];
  return row!.value;
}

describe("the application's database role", () => {
  it("is not a superuser, and may create neither roles nor databases", async () => {
    const [role] = (await db().execute(
      sql`select rolsuper, rolcreaterole, rolcreatedb, rolbypassrls, rolreplication from pg_roles where rolname = current_user`,
    )) as unknown as Record<string, boolean>[];
    expect(role).toEqual({
      rolsuper: false,
      rolcreaterole: false,
      rolcreatedb: false,
      rolbypassrls: false,
      rolreplication: false,
    });
    await expect(db().execute(sql`create role front_door_intruder login`)).rejects.toMatchObject(
      refusedWith(/permission denied to create role/),
    );
    expect(await applicationRoleProblems(url())).toEqual([]);
  });

  it("may add audit events and read them, but not update, delete or truncate them", async () => {
    const [event] = await db().insert(auditEvents).values({ action: "test.original" }).returning();
    for (const privilege of ["INSERT", "SELECT", "UPDATE", "DELETE", "TRUNCATE"]) {
      const granted = await scalar<boolean>(sql`select has_table_privilege('audit_events', ${privilege}) as value`);
      expect({ privilege, granted }).toEqual({ privilege, granted: ["INSERT", "SELECT"].includes(privilege) });
    }
    const denied = refusedWith(/permission denied for table audit_events/);
    await expect(
      db().update(auditEvents).set({ action: "test.rewritten" }).where(eq(auditEvents.id, event!.id)),
    ).rejects.toMatchObject(denied);
    await expect(db().delete(auditEvents).where(eq(auditEvents.id, event!.id))).rejects.toMatchObject(denied);
    await expect(db().execute(sql`truncate audit_events`)).rejects.toMatchObject(denied);
    const [stored] = await db().select().from(auditEvents).where(eq(auditEvents.id, event!.id));
    expect(stored?.action).toBe("test.original");
  });

  it("cannot switch the audit trail's triggers off", async () => {
    await expect(
      db().execute(sql`alter table audit_events disable trigger audit_events_append_only`),
    ).rejects.toMatchObject(refusedWith(/must be owner of table audit_events/));
    await expect(db().execute(sql`drop trigger audit_events_append_only on audit_events`)).rejects.toMatchObject(
      refusedWith(/must be owner of (table|relation) audit_events/),
    );
    // Replica mode skips ordinary triggers; only a superuser (or a role granted the parameter) may set it.
    await expect(
      db().transaction(async (tx) => {
        await tx.execute(sql`set local session_replication_role = replica`);
        await tx.update(auditEvents).set({ action: "test.rewritten" });
      }),
    ).rejects.toMatchObject(refusedWith(/permission denied to set parameter "session_replication_role"/));
    await expect(db().execute(sql`set session_replication_role = replica`)).rejects.toMatchObject(
      refusedWith(/permission denied to set parameter "session_replication_role"/),
    );
  });

  it("cannot change the schema", async () => {
    await expect(db().execute(sql`create table front_door_intruder (id int)`)).rejects.toMatchObject(
      refusedWith(/permission denied for schema public/),
    );
    await expect(db().execute(sql`create schema front_door_intruder`)).rejects.toMatchObject(
      refusedWith(/permission denied for database/),
    );
    await expect(db().execute(sql`alter table contacts add column intruder text`)).rejects.toMatchObject(
      refusedWith(/must be owner of table contacts/),
    );
    await expect(db().execute(sql`drop table contact_drafts`)).rejects.toMatchObject(
      refusedWith(/must be owner of table contact_drafts/),
    );
  });

  it("reads and writes a table a later migration adds, and the job queue's", async () => {
    await owner.db.execute(
      sql`create table later_feature (id int primary key generated always as identity, note text)`,
    );
    await db().execute(sql`insert into later_feature (note) values ('added by the portal')`);
    expect(await scalar<string>(sql`select note as value from later_feature`)).toBe("added by the portal");
    expect(await scalar<boolean>(sql`select has_table_privilege('pgboss.job', 'INSERT') as value`)).toBe(true);
  });

  it("is not the owner, which the migrations run as and which owns the copy of the template", async () => {
    expect(await scalar<string>(sql`select tableowner as value from pg_tables where tablename = 'audit_events'`)).toBe(
      "frontdoor_owner",
    );
    expect(
      await scalar<string>(
        sql`select pg_get_userbyid(datdba) as value from pg_database where datname = current_database()`,
      ),
    ).toBe("frontdoor_owner");
    expect(await applicationRoleProblems(ownerUrl())).toEqual([
      "owns the tables, so could disable the audit trail's triggers",
      "may create schemas in the database",
      "may create tables in the schema public",
    ]);
  });
});
