import { eq, sql } from "drizzle-orm";
import type { Queryable } from "#db/connection";
import { authThrottles } from "#db/schema";
import { config } from "~/config.server";
import { db } from "~/db.server";

export interface ThrottlePolicy {
  /** Hits in one window that lock the key. */
  limit: number;
  windowMs: number;
  lockMs: number;
}

/** The policies, from the configuration: per IP address, per email address, and per account for two-factor codes. */
export function throttlePolicies() {
  const settings = config();
  return {
    ip: { limit: settings.SIGN_IN_IP_LIMIT_PER_MINUTE, windowMs: 60_000, lockMs: 60_000 },
    account: {
      limit: settings.SIGN_IN_MAX_FAILURES,
      windowMs: settings.SIGN_IN_LOCK_MINUTES * 60_000,
      lockMs: settings.SIGN_IN_LOCK_MINUTES * 60_000,
    },
    twoFactor: { limit: settings.TWO_FACTOR_MAX_FAILURES, windowMs: 30 * 60_000, lockMs: 30 * 60_000 },
  } satisfies Record<string, ThrottlePolicy>;
}

export const throttleKeys = {
  ip: (ipAddress: string | null) => `ip:${ipAddress ?? "unknown"}`,
  /** By the address typed, whether or not it has an account, so a lock says nothing about who is registered. */
  account: (email: string) => `account:${email.trim().toLowerCase()}`,
  twoFactor: (userId: string) => `two-factor:${userId}`,
};

/** When the key is locked, until when; otherwise null. Read before any password is hashed. */
export async function lockedUntil(key: string, queryable: Queryable = db()): Promise<Date | null> {
  const [row] = await queryable
    .select({ lockedUntil: authThrottles.lockedUntil })
    .from(authThrottles)
    .where(eq(authThrottles.key, key));
  return row?.lockedUntil && row.lockedUntil > new Date() ? row.lockedUntil : null;
}

/**
 * Counts one hit in the key's current window, in one statement so that app
 * servers racing on the same key still count every hit. The hit that reaches
 * the limit locks the key and starts a new window.
 */
export async function recordHit(key: string, policy: ThrottlePolicy, queryable: Queryable = db()): Promise<void> {
  const now = new Date();
  // Raw SQL parameters are passed as text and cast; postgres.js does not serialise a Date inside sql``.
  const at = (date: Date) => sql`${date.toISOString()}::timestamptz`;
  const windowStart = at(new Date(now.getTime() - policy.windowMs));
  const lockEnd = new Date(now.getTime() + policy.lockMs);
  const hitsSoFar = sql`case when ${authThrottles.windowStartedAt} <= ${windowStart} then 0 else ${authThrottles.hits} end`;
  await queryable
    .insert(authThrottles)
    .values({ key, hits: 1, windowStartedAt: now, lockedUntil: policy.limit <= 1 ? lockEnd : null })
    .onConflictDoUpdate({
      target: authThrottles.key,
      set: {
        hits: sql`case when ${hitsSoFar} + 1 >= ${policy.limit} then 0 else ${hitsSoFar} + 1 end`,
        windowStartedAt: sql`case when ${hitsSoFar} = 0 or ${hitsSoFar} + 1 >= ${policy.limit} then ${at(now)} else ${authThrottles.windowStartedAt} end`,
        lockedUntil: sql`case when ${hitsSoFar} + 1 >= ${policy.limit} then ${at(lockEnd)} else ${authThrottles.lockedUntil} end`,
      },
    });
}

/** After a success the account's failures are forgotten. */
export async function clearThrottle(key: string, queryable: Queryable = db()): Promise<void> {
  await queryable.delete(authThrottles).where(eq(authThrottles.key, key));
}

/**
 * For attempts that count whatever their outcome (all attempts from one IP
 * address): refuses when the key is locked, otherwise counts this attempt.
 */
export async function takeAttempt(
  key: string,
  policy: ThrottlePolicy,
  queryable: Queryable = db(),
): Promise<Date | null> {
  const locked = await lockedUntil(key, queryable);
  if (locked) return locked;
  await recordHit(key, policy, queryable);
  return null;
}
