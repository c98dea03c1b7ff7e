import { readFile } from "node:fs/promises";
import { childrenOf } from "../tests/support/processes";

/**
 * CPU time the kernel has charged to processes, in milliseconds. Latency on a
 * shared two-core machine says as much about the neighbours as about the
 * portal; CPU time per request does not, and says where a request's cost
 * goes: the web workers (Node: Remix, React, drizzle) or PostgreSQL.
 */

const clockTicksPerSecond = 100; // USER_HZ on Linux

/** utime + stime of a process, and with `reaped`, of its children that have exited and been waited for. */
async function cpuMsOf(pid: number, { reaped = false } = {}): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => null);
  if (!stat) return 0;
  // The command name (field 2) may hold spaces; the fields after its closing parenthesis are fixed.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const [utime, stime, cutime, cstime] = [11, 12, 13, 14].map((index) => Number(fields[index]));
  const ticks = utime! + stime! + (reaped ? cutime! + cstime! : 0);
  return (ticks * 1000) / clockTicksPerSecond;
}

/** A process and every child it has or had: the supervisor's web workers, or the postmaster's backends. */
export async function processTreeCpuMs(pid: number): Promise<number> {
  const children = await childrenOf(pid);
  const times = await Promise.all([cpuMsOf(pid, { reaped: true }), ...children.map((child) => cpuMsOf(child))]);
  return times.reduce((sum, time) => sum + time, 0);
}

/** The postmaster of a cluster, from the first line of its data folder's postmaster.pid. */
export async function postmasterPid(dataDir: string): Promise<number | null> {
  const file = await readFile(`${dataDir}/postmaster.pid`, "utf8").catch(() => null);
  const pid = Number(file?.split("\n")[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}
