import { sql, type SQL } from "drizzle-orm";
import PgBoss from "pg-boss";
import type { Queryable } from "#db/connection";
import { jobQueueSchema, queues } from "#db/job-queue";

export interface DeliveryJob {
  outboxId: string;
}

/**
 * pg-boss's statements, run on our own connection: inside a transaction, a
 * job commits or rolls back with the change that made it. pg-boss writes
 * `$1`-style SQL for node-postgres; drizzle numbers the parameters again.
 */
function jobQueueConnection(queryable: Queryable): PgBoss.Db {
  return {
    async executeSql(text, values = []) {
      const rows = await queryable.execute(withParameters(text, values));
      return { rows: [...rows] };
    },
  };
}

function withParameters(text: string, values: unknown[]): SQL {
  const chunks: SQL[] = [];
  let from = 0;
  for (const match of text.matchAll(/\$(\d+)/g)) {
    chunks.push(sql.raw(text.slice(from, match.index)));
    chunks.push(sql`${sql.param(asParameter(values[Number(match[1]) - 1]))}`);
    from = match.index + match[0].length;
  }
  chunks.push(sql.raw(text.slice(from)));
  return sql.join(chunks);
}

/** What node-postgres would send: JSON for objects, null for nothing. */
function asParameter(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === "object" && !Array.isArray(value)) return JSON.stringify(value);
  return value;
}

// Only ever used with a connection passed per call, so it never opens a pool of its own.
let sender: PgBoss | undefined;
function jobSender(): PgBoss {
  sender ??= new PgBoss({
    schema: jobQueueSchema,
    db: { executeSql: () => Promise.reject(new Error("pass a connection to each send")) },
  });
  return sender;
}

/** Queues one attempt to deliver an outbox message, in the caller's transaction. */
export async function queueDelivery(queryable: Queryable, outboxId: string, startAfter?: Date): Promise<void> {
  const job: DeliveryJob = { outboxId };
  await jobSender().send(queues.delivery, job, {
    db: jobQueueConnection(queryable),
    ...(startAfter ? { startAfter } : {}),
  });
}
