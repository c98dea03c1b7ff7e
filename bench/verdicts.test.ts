import { describe, expect, it } from "vitest";
import { judgeTargets } from "./verdicts";

const workers = (...peaks: (number | null)[]) =>
  peaks.map((peakMb, index) => ({ role: "web worker" as const, pid: index + 1, peakMb }));

describe("judgeTargets", () => {
  it("judges each route's p95 and throughput target, person matching and memory", () => {
    const verdicts = judgeTargets({
      routes: [
        { name: "GET /account", p95Ms: 20, ratioToRaw: 0.04 },
        { name: "GET /mash", p95Ms: 115, targetP95Ms: 50, ratioToRaw: 0.01 },
        { name: "GET /screening", p95Ms: 97.33, targetP95Ms: 100, ratioToRaw: 0.01 },
        { name: "POST submit", p95Ms: 96.67, targetP95Ms: 100, ratioToRaw: 0.03, targetShareOfRaw: 0.25 },
      ],
      personMatchingP95Ms: 3.23,
      peakMemoryMb: workers(186, 208),
    });
    expect(verdicts).toEqual([
      { target: "GET /mash: p95 under 50 ms", measured: "115 ms", met: false },
      { target: "GET /screening: p95 under 100 ms", measured: "97.33 ms", met: true },
      { target: "POST submit: p95 under 100 ms", measured: "96.67 ms", met: true },
      { target: "POST submit: at least 25% of raw throughput", measured: "3%", met: false },
      { target: "person matching (one screener at a time): p95 under 10 ms", measured: "3.23 ms", met: true },
      { target: "each server process: peak resident memory under 250 MB", measured: "208 MB", met: true },
    ]);
  });

  it("counts a target exactly at its limit as not met, and a process whose memory could not be read as not met", () => {
    const verdicts = judgeTargets({
      routes: [{ name: "GET /mash", p95Ms: 50, targetP95Ms: 50, ratioToRaw: 0.01 }],
      personMatchingP95Ms: 10,
      peakMemoryMb: workers(120, null),
    });
    expect(verdicts.map(({ measured, met }) => [measured, met])).toEqual([
      ["50 ms", false],
      ["10 ms", false],
      ["unknown", false],
    ]);
  });
});
