import { spawn, type ChildProcess } from "node:child_process";
import { readFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { npmStartArguments } from "../tests/support/processes";

export interface RunningServer {
  url: string;
  process: ChildProcess;
  /** Peak resident memory so far of the supervisor and of each web worker, from the kernel's high-water mark (VmHWM). */
  peakMemoryMb: () => Promise<ProcessMemory[]>;
  stop: () => Promise<void>;
}

export interface ProcessMemory {
  role: "supervisor" | "web worker";
  pid: number;
  peakMb: number | null;
}

/** Starts the built portal, as production runs it (a web worker per core), against the benchmark's database. */
export async function startServer(options: { databaseUrl: string; port: number }): Promise<RunningServer> {
  const url = `http://localhost:${options.port}`;
  // As `npm start` runs it: the compiled server, with its heap limits (each worker inherits them).
  const child = spawn(process.execPath, npmStartArguments(), {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: options.databaseUrl,
      PORT: String(options.port),
      APP_URL: url,
      LOG_LEVEL: "warn",
      RUN_WORKER: "false",
      WEB_CONCURRENCY: String(availableParallelism()),
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode} before it was ready.`);
    if (Date.now() > deadline) throw new Error("The server did not answer /healthz within a minute.");
    const healthy = await fetch(`${url}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    process: child,
    peakMemoryMb: async () => {
      const supervisor = child.pid!;
      const workers = (await readFile(`/proc/${supervisor}/task/${supervisor}/children`, "utf8").catch(() => ""))
        .split(/\s+/)
        .filter(Boolean)
        .map(Number);
      return [
        { role: "supervisor" as const, pid: supervisor, peakMb: await peakOf(supervisor) },
        ...(await Promise.all(
          workers.map(async (pid) => ({ role: "web worker" as const, pid, peakMb: await peakOf(pid) })),
        )),
      ];
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

async function peakOf(pid: number): Promise<number | null> {
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => null);
  const match = status?.match(/VmHWM:\s+(\d+) kB/);
  return match ? Math.round(Number(match[1]) / 1024) : null;
}
