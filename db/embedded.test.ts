import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../tests/support/free-port";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded";

const folders: string[] = [];
const started: EmbeddedDatabase[] = [];
afterAll(async () => {
  for (const database of started) await database.stop().catch(() => {});
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

async function dataDir() {
  const folder = await mkdtemp(path.join(tmpdir(), "front-door-embedded-"));
  folders.push(folder);
  return path.join(folder, "pg");
}

describe("starting the embedded PostgreSQL", () => {
  it("names the port and EMBEDDED_POSTGRES_PORT when another program has the port", async () => {
    const port = await freePort();
    const other = createServer().listen(port, "127.0.0.1");
    await new Promise((resolve) => other.once("listening", resolve));
    try {
      await expect(
        startEmbeddedPostgres({ dataDir: await dataDir(), port, databaseName: "frontdoor", persistent: true }),
      ).rejects.toThrow(new RegExp(`port ${port} .*EMBEDDED_POSTGRES_PORT`));
    } finally {
      other.close();
    }
  });

  it("stops a server of its own data folder left running by a portal that died, and starts in its place", async () => {
    const options = { dataDir: await dataDir(), port: await freePort(), databaseName: "frontdoor", persistent: true };
    // The first start is never stopped, as when the server that started it was killed.
    await startEmbeddedPostgres(options);
    const again = await startEmbeddedPostgres(options);
    started.push(again);
    const sql = postgres(again.url, { max: 1, onnotice: () => {} });
    try {
      expect(await sql`select 1 as one`).toEqual([{ one: 1 }]);
    } finally {
      await sql.end();
    }
  });
});
