import { execFile } from "node:child_process";
import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import config from "../../../drizzle.config";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../../..");
const migrations = path.join(root, "db/migrations");
let scratch: string | undefined;

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/**
 * The drizzle schema, the latest snapshot and the migrations must describe the
 * same database: otherwise the next `npm run db:generate` writes a migration
 * that repeats (or undoes) what a hand-written one already did, as it would
 * have for migration 0007's foreign key and check.
 */
describe("the schema and its migrations", () => {
  it("leave npm run db:generate nothing to write", async () => {
    scratch = await mkdtemp(path.join(tmpdir(), "front-door-migrations-"));
    await cp(migrations, scratch, { recursive: true });
    const before = await readdir(scratch, { recursive: true });

    const { stdout } = await run(
      path.join(root, "node_modules/.bin/drizzle-kit"),
      [
        "generate",
        `--dialect=${config.dialect}`,
        `--schema=${String(config.schema)}`,
        `--casing=${config.casing}`,
        // drizzle-kit reads the folder as relative to the working directory.
        `--out=${path.relative(root, scratch)}`,
      ],
      { cwd: root, timeout: 60_000 },
    );

    expect(await readdir(scratch, { recursive: true })).toEqual(before);
    expect(stdout).toContain("No schema changes");
  }, 90_000);
});
