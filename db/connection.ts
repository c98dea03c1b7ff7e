import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

export type Database = ReturnType<typeof createDatabase>["db"];
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** Either the pool or an open transaction: services accept both so they compose. */
export type Queryable = Database | Transaction;

export function createDatabase(url: string, options: { max?: number } = {}) {
  const client = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    // A database that cannot be reached is reported in seconds, not after postgres.js's default 30, and while
    // it is away each request learns so at once (a 503), rather than waiting out a backoff that grows to 20 s.
    connect_timeout: 5,
    backoff: () => 0.25,
    connection: { application_name: "front-door", TimeZone: "UTC" },
  });
  const db = drizzle(client, { schema, casing: "snake_case" });
  return { db, client, close: () => client.end({ timeout: 5 }) };
}
