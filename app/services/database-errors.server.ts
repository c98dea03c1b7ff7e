/**
 * Whether an error means the database could not be reached (or went away),
 * as opposed to a query that was wrong. Pages answer the first kind by saying
 * so and keeping what the person typed; the second kind is a bug.
 */
const networkCodes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EPIPE",
  "EHOSTUNREACH",
  // postgres.js's own codes for a connection that failed or closed.
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
]);

/** PostgreSQL's: shutting down, starting up, or too many connections. Class 08 is every connection exception. */
const serverCodes = new Set(["57P01", "57P02", "57P03", "53300"]);

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== "object" || error === null) return false;
  if (error instanceof AggregateError && error.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) {
    return true;
  }
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" && (networkCodes.has(code) || serverCodes.has(code) || /^08\w{3}$/.test(code))) {
    return true;
  }
  // Drizzle wraps a failed query in an error whose cause is the driver's.
  return isDatabaseUnavailable((error as { cause?: unknown }).cause, depth + 1);
}
