/**
 * Every record's id is a PostgreSQL `uuid`. Ids arrive in addresses and form
 * fields that people can type or change, and PostgreSQL answers a malformed
 * uuid with an error rather than "no such row", so anything not shaped like one
 * is turned away before it reaches a query. Any version is accepted, as
 * PostgreSQL accepts any; letters in either case.
 */
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === "string" && uuidPattern.test(value);
}
