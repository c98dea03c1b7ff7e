import { and, eq, gt, lt, sql } from "drizzle-orm";
import type { Queryable } from "#db/connection";
import { reportSnapshots } from "#db/schema";
import { config } from "~/config.server";
import { db } from "~/db.server";

/**
 * A report's windowed figures, worked out at most once per
 * REPORT_SNAPSHOT_MINUTES for each window and set of filters (ADR 18).
 * Snapshots are read and written on the primary; the figures themselves
 * are worked out by `compute`, which reads through the reports' pool.
 */
export interface Snapshot<T> {
  figures: T;
  computedAt: Date;
}

/** Raised whenever a report's figures change shape, so a new release never reads an old release's snapshot. */
const figuresVersion = 1;

/** How often a request waiting for another's computation looks for the snapshot. */
const pollMilliseconds = 250;

/**
 * Computations one process runs at once. Each holds two connections (the lock's transaction on the primary, the
 * figures' on the reports' pool, the same pool without a replica), so ten managers asking for ten different
 * periods at once could otherwise take a pool of ten and wait for ever for the second connection each needs; and
 * two cores gain nothing from more than two.
 */
const computationsAtOnce = 2;
let computing = 0;

/** The report, its window and its filters, in a fixed order, with absent filters as null. */
export function snapshotKey(report: string, parts: Record<string, string | undefined>): string {
  const normalised = Object.keys(parts)
    .sort()
    .map((name) => [name, parts[name]?.trim().toLowerCase() || null]);
  return JSON.stringify([report, figuresVersion, Object.fromEntries(normalised)]);
}

async function youngSnapshot<T>(q: Queryable, key: string, maxAgeMinutes: number): Promise<Snapshot<T> | undefined> {
  const [row] = await q
    .select({ figures: reportSnapshots.figures, computedAt: reportSnapshots.computedAt })
    .from(reportSnapshots)
    .where(
      and(
        eq(reportSnapshots.key, key),
        gt(reportSnapshots.computedAt, sql`now() - make_interval(mins => ${maxAgeMinutes}::int)`),
      ),
    );
  return row ? { figures: row.figures as T, computedAt: row.computedAt } : undefined;
}

export interface SnapshotOptions {
  /** Older snapshots are worked out again; REPORT_SNAPSHOT_MINUTES unless given. */
  maxAgeMinutes?: number;
  /** The request's: a request whose client has gone stops waiting. */
  signal?: AbortSignal;
}

/**
 * The snapshot under `key` if it is young enough, or else works it out once:
 * whoever takes the key's advisory lock (in any process) computes and
 * stores it while the others, holding no connection, look again every
 * quarter second until it appears or the lock comes free (the computation
 * failed, and the next in line tries). A process runs at most
 * `computationsAtOnce` computations; further ones wait their turn the same way.
 */
export async function snapshot<T>(
  key: string,
  compute: () => Promise<T>,
  options: SnapshotOptions = {},
): Promise<Snapshot<T>> {
  const maxAgeMinutes = options.maxAgeMinutes ?? config().REPORT_SNAPSHOT_MINUTES;
  for (;;) {
    options.signal?.throwIfAborted();
    const young = await youngSnapshot<T>(db(), key, maxAgeMinutes);
    if (young) return young;
    if (computing >= computationsAtOnce) {
      await new Promise((resolve) => setTimeout(resolve, pollMilliseconds));
      continue;
    }
    computing += 1;
    const made = await db()
      .transaction(async (tx) => {
        const [lock] = (await tx.execute(
          sql`select pg_try_advisory_xact_lock(hashtextextended(${key}, 0)) as locked`,
        )) as unknown as { locked: boolean }[];
        if (!lock?.locked) return undefined;
        const meanwhile = await youngSnapshot<T>(tx, key, maxAgeMinutes);
        if (meanwhile) return meanwhile;
        const figures = await compute();
        const [row] = await tx
          .insert(reportSnapshots)
          .values({ key, figures, computedAt: sql`now()` })
          .onConflictDoUpdate({
            target: reportSnapshots.key,
            set: { figures: sql`excluded.figures`, computedAt: sql`excluded.computed_at` },
          })
          .returning({ computedAt: reportSnapshots.computedAt });
        return { figures, computedAt: row!.computedAt };
      })
      .finally(() => {
        computing -= 1;
      });
    if (made) return made;
    await new Promise((resolve) => setTimeout(resolve, pollMilliseconds));
  }
}

/** Snapshots nobody has asked for in a day are of no more use: the job clears them, so the table stays small. */
export async function forgetOldSnapshots(): Promise<number> {
  const gone = await db()
    .delete(reportSnapshots)
    .where(lt(reportSnapshots.computedAt, sql`now() - interval '1 day'`))
    .returning({ key: reportSnapshots.key });
  return gone.length;
}
