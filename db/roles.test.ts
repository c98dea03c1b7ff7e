import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { afterAll, describe, expect, inject, it } from "vitest";
import { databaseUrl, dropDatabase, testDatabaseUrls } from "../tests/support/database-server";
import { migrateDatabase } from "./migrate";
import { ensureOwnedDatabase } from "./roles";

const adminUrl = inject("databaseAdminUrl");
const name = `legacy_${randomBytes(6).toString("hex")}`;
afterAll(() => dropDatabase(adminUrl, name));

describe("a database made before the portal had an owner role", () => {
  it("is handed to the owner, after which the owner migrates it and the application's role uses it", async () => {
    // As an older `.data` was: created, migrated and used by the cluster's superuser.
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    try {
      await admin.unsafe(`create database "${name}"`);
    } finally {
      await admin.end();
    }
    await migrateDatabase(databaseUrl(adminUrl, name));

    await ensureOwnedDatabase(adminUrl, name);
    const { url, ownerUrl } = testDatabaseUrls(adminUrl, name);
    await migrateDatabase(ownerUrl, url);

    const asAdmin = postgres(databaseUrl(adminUrl, name), { max: 1, onnotice: () => {} });
    try {
      const strays = await asAdmin<{ kind: string; name: string; owner: string }[]>`
        select 'relation' as kind, c.oid::regclass::text as name, pg_get_userbyid(c.relowner) as owner
          from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname in ('public', 'drizzle', 'pgboss') and c.relowner <> 'frontdoor_owner'::regrole
        union all
        select 'type', t.oid::regtype::text, pg_get_userbyid(t.typowner) from pg_type t
          join pg_namespace n on n.oid = t.typnamespace
          where n.nspname in ('public', 'drizzle', 'pgboss') and t.typowner <> 'frontdoor_owner'::regrole
            and not exists (select from pg_depend d where d.classid = 'pg_type'::regclass and d.objid = t.oid
                            and d.deptype = 'e')
            and not exists (select from pg_depend d join pg_type e on d.refobjid = e.oid
                            where d.classid = 'pg_type'::regclass and d.objid = t.oid and d.deptype = 'e')
        union all
        select 'schema', nspname, pg_get_userbyid(nspowner) from pg_namespace
          where nspname in ('drizzle', 'pgboss') and nspowner <> 'frontdoor_owner'::regrole`;
      expect(strays).toEqual([]);
    } finally {
      await asAdmin.end();
    }

    const app = postgres(url, { max: 1, onnotice: () => {} });
    try {
      await app`insert into audit_events (action) values ('test.afterAdoption')`;
      expect(await app`select action from audit_events`).toEqual([{ action: "test.afterAdoption" }]);
      await expect(app`update audit_events set action = 'test.rewritten'`).rejects.toThrow(/permission denied/);
    } finally {
      await app.end();
    }
  });
});
