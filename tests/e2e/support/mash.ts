import { execFileSync } from "node:child_process";
import path from "node:path";
import type { ContactChildDetails } from "#tests/support/factories";
import { e2eDatabaseUrl } from "./database";

/** A contact submitted by `referrerEmail`, written straight to the end-to-end database; returns its reference. */
export function submittedContact(args: {
  referrerEmail: string;
  children: ContactChildDetails[];
  referrerLevel?: number;
  /** The referrer said a child is in immediate danger (and phoned 999 and the MASH). */
  immediateDanger?: boolean;
}): string {
  const output = execFileSync(
    path.resolve("node_modules/.bin/tsx"),
    [path.resolve("tests/e2e/support/mash-fixtures.cli.ts"), "submittedContact", JSON.stringify(args)],
    {
      env: { ...process.env, DATABASE_URL: e2eDatabaseUrl(), LOG_LEVEL: "silent", RUN_WORKER: "false" },
      encoding: "utf8",
    },
  );
  return (JSON.parse(output) as { reference: string }).reference;
}
