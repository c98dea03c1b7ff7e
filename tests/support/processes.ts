import { readFileSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";

/**
 * The processes whose parent is `pid`, from /proc: a supervisor's web workers,
 * or a postmaster's backends. Read by scanning every process's parent rather
 * than the kernel's per-thread children list, which misses a child forked
 * from another thread.
 */
export async function childrenOf(pid: number): Promise<number[]> {
  const children: number[] = [];
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, "utf8").catch(() => "");
    // The parent is the second field after the command name, which is in brackets and may hold spaces.
    const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    if (parent === pid) children.push(Number(entry));
  }
  return children;
}

/** Asks `check` again every `intervalMs` until it says yes (a thrown error counts as no), or gives up. */
export async function waitFor(
  check: () => Promise<boolean> | boolean,
  what: string,
  { seconds = 60, intervalMs = 200 }: { seconds?: number; intervalMs?: number } = {},
): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (
      await Promise.resolve()
        .then(check)
        .catch(() => false)
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/**
 * The arguments `npm start` gives node once it has built (package.json's start script): the heap flags and the
 * compiled server. The end-to-end tests and the benchmark that start a server of their own run it exactly so.
 */
export function npmStartArguments(): string[] {
  const { scripts } = JSON.parse(readFileSync("package.json", "utf8")) as { scripts: { start: string } };
  const [program, ...args] = scripts.start.split("&&").at(-1)!.trim().split(/\s+/);
  if (program !== "node") throw new Error(`npm start should end by running node, not: ${scripts.start}`);
  return args;
}
