/**
 * What a failed attempt means for the next one. A provider's 400 (or any
 * other refusal that sending again cannot change) is final; 429, 5xx,
 * timeouts and broken connections are tried again with growing gaps, for up
 * to a day from when the message was queued.
 */
export type AttemptFailure =
  { kind: "permanent"; message: string } | { kind: "retryable"; message: string; retryAfterSeconds?: number };

export interface RetryPolicy {
  /** The gap after the first failure; it doubles after each one. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** Measured from when the message was queued. */
  giveUpAfterMs: number;
  /** A second limit, for tests and for operators who prefer a count. */
  maxAttempts: number;
}

export const defaultRetryPolicy: RetryPolicy = {
  firstDelayMs: 30_000,
  maxDelayMs: 60 * 60_000,
  giveUpAfterMs: 24 * 60 * 60_000,
  maxAttempts: 60,
};

/** HTTP answers worth trying again: too many requests, and the provider's own failures. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

/**
 * When to try again after `attempts` failed attempts, or null to give up.
 * The gap is jittered (between half and all of it) so that messages that
 * failed together do not all come back together; a provider's Retry-After
 * is a floor.
 */
export function nextAttemptAt(
  failure: AttemptFailure,
  attempts: number,
  queuedAt: Date,
  now: Date,
  policy: RetryPolicy,
  random: () => number = Math.random,
): Date | null {
  if (failure.kind === "permanent" || attempts >= policy.maxAttempts) return null;
  const exponential = Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** Math.max(0, attempts - 1));
  const jittered = exponential / 2 + (exponential / 2) * random();
  const delay = Math.max(jittered, (failure.retryAfterSeconds ?? 0) * 1000);
  const next = new Date(now.getTime() + delay);
  return next.getTime() - queuedAt.getTime() > policy.giveUpAfterMs ? null : next;
}
