import { databaseUrl } from "../../support/database-server";

/**
 * The end-to-end database's address, known to the test workers as well as to
 * the server, so that fixtures can arrange data (a session, a draft) directly.
 */
export const e2eDatabaseName = "frontdoor_e2e";

/** The end-to-end PostgreSQL server's administrator, for a spec that needs a database of its own. */
export function e2eAdminUrl(): string {
  if (process.env.TEST_DATABASE_URL) return databaseUrl(process.env.TEST_DATABASE_URL, "postgres");
  return `postgres://frontdoor:frontdoor@127.0.0.1:${process.env.E2E_DATABASE_PORT}/postgres`;
}

export function e2eDatabaseUrl(): string {
  return databaseUrl(e2eAdminUrl(), e2eDatabaseName);
}
