import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

export type Database = ReturnType<typeof createDatabase>["db"];
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** Either the pool or an open transaction: services accept both so they compose. */
export type Queryable = Database | Transaction;

export interface DatabaseOptions {
  max?: number;
  /**
   * Named prepared statements (the default): each distinct query is parsed and planned once per connection and
   * then sent in one round trip. Turn off only behind a pooler that cannot keep them (see the README's
   * "Beyond one machine"): every statement then costs a parse, a plan and an extra round trip.
   */
  prepare?: boolean;
  /**
   * Every transaction read-only (`default_transaction_read_only`), for a pool that only reads: the reports' pool
   * on a read replica, where a write would fail anyway, fails the same way here on a writable copy.
   */
  readOnly?: boolean;
  /** Called with every statement sent, for tests that count them. */
  debug?: (connection: number, query: string) => void;
}

export function createDatabase(url: string, options: DatabaseOptions = {}) {
  const client = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    // A database that cannot be reached is reported in seconds, not after postgres.js's default 30, and while
    // it is away each request learns so at once (a 503), rather than waiting out a backoff that grows to 20 s.
    connect_timeout: 5,
    backoff: () => 0.25,
    connection: {
      application_name: "front-door",
      TimeZone: "UTC",
      ...(options.readOnly ? { default_transaction_read_only: true } : {}),
    },
    prepare: options.prepare ?? true,
    ...(options.debug ? { debug: options.debug } : {}),
  });
  const db = drizzle(options.prepare === false ? client : preparing(client), { schema, casing: "snake_case" });
  return { db, client, close: () => client.end({ timeout: 5 }) };
}

type Sql = postgres.Sql | postgres.TransactionSql;

/**
 * drizzle's postgres.js driver prepares only the queries given a name with `.prepare(name)`, and sends every
 * other one with `prepare: false`, overriding the client's own default. This hands drizzle the client with
 * `unsafe` (the one method it sends queries through) always asking for a prepared statement, in transactions
 * and savepoints too. postgres.js names and caches each statement per connection by its text, so the same
 * query from any service reuses one plan.
 */
function preparing<T extends Sql>(sql: T): T {
  return new Proxy(sql, {
    get(target, property, receiver) {
      if (property === "unsafe") {
        return (query: string, parameters?: postgres.ParameterOrJSON<never>[], options?: postgres.UnsafeQueryOptions) =>
          target.unsafe(query, parameters, { ...options, prepare: true });
      }
      if (property === "begin" || property === "savepoint") {
        return (...args: unknown[]) => {
          const callback = args.pop() as (inner: postgres.TransactionSql) => unknown;
          const method = Reflect.get(target, property, target) as (...all: unknown[]) => unknown;
          return method.call(target, ...args, (inner: postgres.TransactionSql) => callback(preparing(inner)));
        };
      }
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
}
