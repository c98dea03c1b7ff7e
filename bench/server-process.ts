import { spawn, type ChildProcess } from "node:child_process";
import { readFile } from "node:fs/promises";

export interface RunningServer {
  url: string;
  process: ChildProcess;
  /** Peak resident memory so far, from the kernel's own high-water mark (VmHWM). */
  peakMemoryMb: () => Promise<number | null>;
  stop: () => Promise<void>;
}

/** Starts the built portal, as production runs it, against the benchmark's database. */
export async function startServer(options: { databaseUrl: string; port: number }): Promise<RunningServer> {
  const url = `http://localhost:${options.port}`;
  // The same heap limit as `npm start`: without one, V8 sizes the heap to the machine and seldom collects.
  const child = spawn(process.execPath, ["--max-old-space-size=256", "--import", "tsx", "server/main.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: options.databaseUrl,
      PORT: String(options.port),
      APP_URL: url,
      LOG_LEVEL: "warn",
      RUN_WORKER: "false",
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
      const status = await readFile(`/proc/${child.pid}/status`, "utf8").catch(() => null);
      const match = status?.match(/VmHWM:\s+(\d+) kB/);
      return match ? Math.round(Number(match[1]) / 1024) : null;
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}
