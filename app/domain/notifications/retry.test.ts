import { describe, expect, it } from "vitest";
import { defaultRetryPolicy, isRetryableStatus, nextAttemptAt, type AttemptFailure } from "./retry";

const queuedAt = new Date("2026-03-02T09:00:00Z");
const retryable: AttemptFailure = { kind: "retryable", message: "503 Service Unavailable" };
const noJitter = () => 1;
const minutes = (n: number) => n * 60_000;

describe("isRetryableStatus", () => {
  it("retries too many requests and server errors, not other refusals", () => {
    expect([429, 500, 502, 503, 504].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 403, 404, 422].some(isRetryableStatus)).toBe(false);
  });
});

describe("nextAttemptAt", () => {
  it("never retries a permanent failure", () => {
    expect(nextAttemptAt({ kind: "permanent", message: "400" }, 1, queuedAt, queuedAt, defaultRetryPolicy)).toBeNull();
  });

  it("doubles the gap after each failure, up to the maximum", () => {
    const gaps = [1, 2, 3, 4, 10].map(
      (attempts) =>
        nextAttemptAt(retryable, attempts, queuedAt, queuedAt, defaultRetryPolicy, noJitter)!.getTime() -
        queuedAt.getTime(),
    );
    expect(gaps).toEqual([30_000, 60_000, 120_000, 240_000, minutes(60)]);
  });

  it("jitters between half and all of the gap", () => {
    const half = nextAttemptAt(retryable, 3, queuedAt, queuedAt, defaultRetryPolicy, () => 0)!;
    expect(half.getTime() - queuedAt.getTime()).toBe(60_000);
  });

  it("waits at least as long as the provider's Retry-After", () => {
    const next = nextAttemptAt(
      { ...retryable, retryAfterSeconds: 600 },
      1,
      queuedAt,
      queuedAt,
      defaultRetryPolicy,
      noJitter,
    )!;
    expect(next.getTime() - queuedAt.getTime()).toBe(minutes(10));
  });

  it("gives up when the next attempt would be more than a day after the message was queued", () => {
    const lateInTheDay = new Date(queuedAt.getTime() + minutes(23 * 60 + 30));
    expect(nextAttemptAt(retryable, 20, queuedAt, lateInTheDay, defaultRetryPolicy, noJitter)).toBeNull();
    const earlier = new Date(queuedAt.getTime() + minutes(22 * 60));
    expect(nextAttemptAt(retryable, 20, queuedAt, earlier, defaultRetryPolicy, noJitter)).not.toBeNull();
  });

  it("gives up after the maximum number of attempts", () => {
    const policy = { ...defaultRetryPolicy, maxAttempts: 3 };
    expect(nextAttemptAt(retryable, 2, queuedAt, queuedAt, policy)).not.toBeNull();
    expect(nextAttemptAt(retryable, 3, queuedAt, queuedAt, policy)).toBeNull();
  });
});
