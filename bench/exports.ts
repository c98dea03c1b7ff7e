import { sessionCookieName } from "../app/auth/session.server";
import type { Database } from "../db/connection";
import type { RunningServer } from "./server-process";
import { signedIn } from "./targets";

export interface ExportFigure {
  name: string;
  seconds: number;
  megabytes: number;
  /** The highest resident memory of any web worker (the kernel's high-water mark), before and after the export. */
  peakWorkerMbBefore: number | null;
  peakWorkerMb: number | null;
}

/**
 * The six-month Annex A workbook (the default window), downloaded once as an
 * inspector's first morning would ask for it: how long it takes, how large it
 * is, and whether streaming kept the worker that wrote it under its memory
 * target while a million contacts' worth of rows went through it.
 */
export async function measureAnnexAExport(db: Database, server: RunningServer): Promise<ExportFigure> {
  const cookie = `${sessionCookieName}=${await signedIn(db, "manager@northmoor-mash.example")}`;
  const peakWorkerMbBefore = await peakWorkerMemory(server);
  const started = performance.now();
  const response = await fetch(`${server.url}/reports/returns/annex-a.xlsx`, { headers: { cookie } });
  if (!response.ok || !response.body) throw new Error(`The Annex A export answered ${response.status}.`);
  let bytes = 0;
  const reader = response.body.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) bytes += read.value.byteLength;
  const seconds = (performance.now() - started) / 1000;
  return {
    name: "Annex A workbook, six months (GET /reports/returns/annex-a.xlsx)",
    seconds: Math.round(seconds * 10) / 10,
    megabytes: Math.round((bytes / 1024 / 1024) * 10) / 10,
    peakWorkerMbBefore,
    peakWorkerMb: await peakWorkerMemory(server),
  };
}

async function peakWorkerMemory(server: RunningServer): Promise<number | null> {
  const peaks = (await server.peakMemoryMb())
    .filter((process) => process.role === "web worker")
    .map((worker) => worker.peakMb)
    .filter((peak): peak is number => peak !== null);
  return peaks.length > 0 ? Math.max(...peaks) : null;
}
