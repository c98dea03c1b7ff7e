import { createHmac } from "node:crypto";
import postgres from "postgres";

/**
 * The two roles the portal uses (ADR 16): the owner holds the schema and runs
 * the migrations; the application connects as a role that may only read and
 * write rows. On a database the portal provisions itself (the embedded one,
 * and the tests') they are these; a council names its own in DATABASE_URL and
 * MIGRATION_DATABASE_URL.
 */
export const provisionedRoles = { owner: "frontdoor_owner", app: "frontdoor_app" } as const;

/** Schemas whose tables the application reads and writes: ours, and the job queue's. */
const applicationSchemas = ["public", "pgboss"] as const;

/** Tables the application may add to and read, never change: the audit trail is evidence (ADR 6). */
const appendOnlyTables = ["audit_events"] as const;

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** The user name a PostgreSQL URL connects as. */
export function urlUser(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

/**
 * A provisioned role's password: derived from the administrator's URL (its
 * password above all), so every process that can reach the server as its
 * administrator agrees on it without storing one, and no one who cannot already
 * log in as the administrator can work it out. Never logged.
 */
function rolePassword(adminUrl: string, role: string): string {
  const { username, password, host } = new URL(adminUrl);
  return createHmac("sha256", `${username}:${password}@${host}`).update(`front-door:${role}`).digest("base64url");
}

/** The administrator on the server's maintenance database, which always exists. */
function maintenanceUrl(adminUrl: string): string {
  const url = new URL(adminUrl);
  url.pathname = "/postgres";
  return url.toString();
}

/** A URL for one provisioned role on one database of the administrator's server. */
export function provisionedRoleUrl(adminUrl: string, role: string, database: string): string {
  const url = new URL(adminUrl);
  url.username = role;
  url.password = rolePassword(adminUrl, role);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * Creates the owner and the application role on the administrator's server,
 * or puts them right: neither may log in as more than itself (no superuser,
 * no creating roles or databases, no replication, no bypassing row security).
 */
export async function ensureProvisionedRoles(adminUrl: string): Promise<void> {
  const admin = postgres(maintenanceUrl(adminUrl), { max: 1, onnotice: () => {} });
  try {
    for (const role of Object.values(provisionedRoles)) {
      const name = quoteIdentifier(role);
      // Two starts at once may both try to create the role; the second finds it made.
      await admin.unsafe(`
        DO $$ BEGIN
          IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${role}') THEN CREATE ROLE ${name} LOGIN; END IF;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END $$`);
      await admin.unsafe(
        `ALTER ROLE ${name} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS ` +
          `PASSWORD '${rolePassword(adminUrl, role)}'`,
      );
    }
  } finally {
    await admin.end();
  }
}

/**
 * Makes `database` exist and belong to the owner role: created (from
 * `template` when given, keeping the template's grants), or, for a database
 * made before the portal had an owner role (an older `.data`), its schemas,
 * tables, sequences, types and functions handed over to the owner.
 */
export async function ensureOwnedDatabase(
  adminUrl: string,
  database: string,
  options: { template?: string } = {},
): Promise<void> {
  const owner = provisionedRoles.owner;
  const admin = postgres(maintenanceUrl(adminUrl), { max: 1, onnotice: () => {} });
  let adopt = false;
  try {
    const [existing] = await admin<{ owner: string }[]>`
      select pg_get_userbyid(datdba) as owner from pg_database where datname = ${database}`;
    if (!existing) {
      const template = options.template ? ` template ${quoteIdentifier(options.template)}` : "";
      await admin.unsafe(`create database ${quoteIdentifier(database)}${template} owner ${quoteIdentifier(owner)}`);
    } else if (existing.owner !== owner) {
      await admin.unsafe(`alter database ${quoteIdentifier(database)} owner to ${quoteIdentifier(owner)}`);
      adopt = true;
    }
  } finally {
    await admin.end();
  }
  if (adopt) await adoptObjects(adminUrl, database);
}

async function adoptObjects(adminUrl: string, database: string): Promise<void> {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  const admin = postgres(url.toString(), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(adoptionSql(provisionedRoles.owner));
  } finally {
    await admin.end();
  }
}

/** Hands every object of the portal's schemas (except an extension's own) to the owner role. */
function adoptionSql(owner: string): string {
  const schemas = "('public', 'drizzle', 'pgboss')";
  return `
    DO $adopt$
    DECLARE
      target regrole := '${quoteIdentifier(owner)}'::regrole;
      item record;
    BEGIN
      FOR item IN SELECT nspname FROM pg_namespace WHERE nspname IN ('drizzle', 'pgboss') AND nspowner <> target LOOP
        EXECUTE format('ALTER SCHEMA %I OWNER TO %s', item.nspname, target);
      END LOOP;
      -- Tables (partitions too), views and free-standing sequences; a column's sequence follows its table.
      FOR item IN
        SELECT c.oid::regclass AS name, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname IN ${schemas} AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S') AND c.relowner <> target
          AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                          AND (d.deptype = 'e' OR (c.relkind = 'S' AND d.deptype IN ('a', 'i'))))
      LOOP
        EXECUTE format('ALTER %s %s OWNER TO %s',
          CASE item.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                            WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END,
          item.name, target);
      END LOOP;
      -- Enums, domains and ranges; a table's own row type follows the table, an array its element.
      FOR item IN
        SELECT t.oid::regtype AS name, t.typtype FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE n.nspname IN ${schemas} AND t.typtype IN ('e', 'd', 'r') AND t.typowner <> target
          AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid
                          AND d.deptype = 'e')
      LOOP
        EXECUTE format('ALTER %s %s OWNER TO %s', CASE item.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END,
          item.name, target);
      END LOOP;
      FOR item IN
        SELECT p.oid::regprocedure AS name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname IN ${schemas} AND p.proowner <> target
          AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                          AND d.deptype = 'e')
      LOOP
        EXECUTE format('ALTER ROUTINE %s OWNER TO %s', item.name, target);
      END LOOP;
    END $adopt$`;
}

/**
 * What the application role may do, granted by the owner after every
 * migration: read and write the rows of our tables and the job queue's, and
 * only add to and read the append-only ones, and read which migrations have
 * run (so that a server without the owner's URL can tell the schema is
 * current). No DDL (it owns nothing and may
 * create nothing), so it can neither disable the audit trail's triggers nor
 * drop them. Default privileges give tables a later migration adds the same.
 */
export function applicationGrantsSql(appRole: string): string {
  const app = quoteIdentifier(appRole);
  const schemas = applicationSchemas.map(quoteIdentifier).join(", ");
  const appendOnly = appendOnlyTables.map(quoteIdentifier).join(", ");
  return `
    GRANT USAGE ON SCHEMA ${schemas} TO ${app};
    REVOKE CREATE ON SCHEMA ${schemas} FROM ${app};
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schemas} TO ${app};
    REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA ${schemas} FROM ${app};
    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${schemas} TO ${app};
    REVOKE UPDATE, DELETE ON ${appendOnly} FROM ${app};
    GRANT USAGE ON SCHEMA drizzle TO ${app};
    GRANT SELECT ON drizzle.__drizzle_migrations TO ${app};
    ALTER DEFAULT PRIVILEGES IN SCHEMA ${schemas} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app};
    ALTER DEFAULT PRIVILEGES IN SCHEMA ${schemas} GRANT USAGE, SELECT ON SEQUENCES TO ${app};`;
}

/**
 * Why the role a URL connects as should not be the application's: a
 * superuser, or a role that owns (or may act as the owner of) the audit
 * trail, and so could disable its triggers. Empty when it is fit.
 */
export async function applicationRoleProblems(url: string): Promise<string[]> {
  const sql = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    const [role] = await sql<
      { superuser: boolean; createRole: boolean; owner: boolean; createSchema: boolean; createTable: boolean }[]
    >`
      select r.rolsuper as superuser, r.rolcreaterole as "createRole",
             coalesce(pg_has_role(current_user, c.relowner, 'USAGE'), false) as owner,
             has_database_privilege(current_database(), 'CREATE') as "createSchema",
             has_schema_privilege('public', 'CREATE') as "createTable"
      from pg_roles r left join pg_class c on c.oid = to_regclass('public.audit_events')
      where r.rolname = current_user`;
    if (!role) return [];
    if (role.superuser) return ["is a superuser"];
    const problems: string[] = [];
    if (role.createRole) problems.push("may create roles");
    if (role.owner) problems.push("owns the tables, so could disable the audit trail's triggers");
    if (role.createSchema) problems.push("may create schemas in the database");
    if (role.createTable) problems.push("may create tables in the schema public");
    return problems;
  } finally {
    await sql.end();
  }
}
