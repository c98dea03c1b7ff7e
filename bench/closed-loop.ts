/** Throughput and latency of one operation, measured as `measureOperations` does. */
export interface OperationFigure {
  name: string;
  operationsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
}

/**
 * Runs `operation` again and again from `concurrency` callers at once, each
 * starting the next as soon as the last returns, for `durationSeconds`: the
 * raw PostgreSQL ceilings and person matching are measured the same way.
 */
export async function measureOperations(
  name: string,
  options: { concurrency: number; durationSeconds: number },
  operation: () => Promise<unknown>,
): Promise<OperationFigure> {
  const latencies: number[] = [];
  const deadline = performance.now() + options.durationSeconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (performance.now() < deadline) {
        const start = performance.now();
        await operation();
        latencies.push(performance.now() - start);
      }
    }),
  );
  const elapsedSeconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const percentile = (p: number) =>
    round(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0);
  return {
    name,
    operationsPerSecond: Math.round(latencies.length / elapsedSeconds),
    p50Ms: percentile(50),
    p95Ms: percentile(95),
    p99Ms: percentile(99),
  };
}

/** A figure as the benchmark reports it: to two decimal places unless said otherwise. */
export function round(value: number, places = 2): number {
  const scale = 10 ** places;
  return Math.round(value * scale) / scale;
}
