import type { ProcessMemory } from "./server-process";

/** What the benchmark measured of a route, as far as its targets go. */
interface MeasuredRoute {
  name: string;
  p95Ms: number;
  targetP95Ms?: number;
  /** Requests a second as a share of the raw PostgreSQL figure it is compared with. */
  ratioToRaw: number;
  targetShareOfRaw?: number;
}

export interface Verdict {
  target: string;
  measured: string;
  met: boolean;
}

/** Issue 16's targets that are not a route's own: person matching's latency and each process's memory. */
const personMatchingTargetP95Ms = 10;
const peakMemoryTargetMb = 250;

/**
 * Each of issue 16's targets against one run's figures, so that a run says
 * itself which are met rather than leaving it to be worked out by hand from
 * its tables. A figure that could not be read counts as not met.
 */
export function judgeTargets(run: {
  routes: MeasuredRoute[];
  personMatchingP95Ms: number;
  peakMemoryMb: ProcessMemory[];
}): Verdict[] {
  const verdicts: Verdict[] = [];
  for (const route of run.routes) {
    if (route.targetP95Ms !== undefined) {
      verdicts.push({
        target: `${route.name}: p95 under ${route.targetP95Ms} ms`,
        measured: `${route.p95Ms} ms`,
        met: route.p95Ms < route.targetP95Ms,
      });
    }
    if (route.targetShareOfRaw !== undefined) {
      verdicts.push({
        target: `${route.name}: at least ${percent(route.targetShareOfRaw)} of raw throughput`,
        measured: percent(route.ratioToRaw),
        met: route.ratioToRaw >= route.targetShareOfRaw,
      });
    }
  }
  verdicts.push({
    target: `person matching (one screener at a time): p95 under ${personMatchingTargetP95Ms} ms`,
    measured: `${run.personMatchingP95Ms} ms`,
    met: run.personMatchingP95Ms < personMatchingTargetP95Ms,
  });
  const peaks = run.peakMemoryMb.map((process) => process.peakMb);
  const highest = peaks.some((peak) => peak === null) ? null : Math.max(...(peaks as number[]));
  verdicts.push({
    target: `each server process: peak resident memory under ${peakMemoryTargetMb} MB`,
    measured: highest === null ? "unknown" : `${highest} MB`,
    met: highest !== null && peaks.length > 0 && highest < peakMemoryTargetMb,
  });
  return verdicts;
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1).replace(/\.0$/, "")}%`;
}
