import { randomBytes } from "node:crypto";
import { Writable } from "node:stream";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readConfig } from "../app/config.server";
import { loggableError } from "../app/logging.server";
import { ensureOwnedDatabase } from "../db/roles";
import {
  createDatabaseFromTemplate,
  dropDatabase,
  testDatabaseUrls,
  type TestDatabaseUrls,
} from "../tests/support/database-server";
import { DatabaseRoleError, prepareDatabase } from "./database";

const adminUrl = inject("databaseAdminUrl");
const name = `test_${randomBytes(6).toString("hex")}`;
const emptyName = `${name}_empty`;
let urls: TestDatabaseUrls;
beforeAll(async () => {
  urls = await createDatabaseFromTemplate(adminUrl, name);
});
afterAll(async () => {
  await dropDatabase(adminUrl, name);
  await dropDatabase(adminUrl, emptyName);
});

function capturingLogger() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: pino({ level: "debug", serializers: { err: loggableError } }, stream), text: () => lines.join("") };
}

const passwords = () => [new URL(urls.url).password, new URL(urls.ownerUrl).password];

function config(environment: Record<string, string>) {
  return readConfig({ ...process.env, LOG_LEVEL: "debug", SMTP_URL: "smtp://127.0.0.1:2525", ...environment });
}

describe("preparing a database given in DATABASE_URL", () => {
  it("migrates as MIGRATION_DATABASE_URL's owner and logs neither role's password", async () => {
    const { logger, text } = capturingLogger();
    const prepared = await prepareDatabase(
      config({ DATABASE_URL: urls.url, MIGRATION_DATABASE_URL: urls.ownerUrl }),
      logger,
    );
    expect(prepared.url).toBe(urls.url);
    expect(text()).not.toMatch(/warn|"level":40/);
    for (const password of passwords()) expect(text()).not.toContain(password);
  });

  it("warns when the portal would connect as the tables' owner, naming the role but not its password", async () => {
    const { logger, text } = capturingLogger();
    await prepareDatabase(config({ DATABASE_URL: urls.ownerUrl, NODE_ENV: "development" }), logger);
    expect(text()).toContain('as \\"frontdoor_owner\\" (DATABASE_URL), which owns the tables');
    expect(text()).toContain("MIGRATION_DATABASE_URL");
    for (const password of passwords()) expect(text()).not.toContain(password);
  });

  it("refuses to start in production as the tables' owner", async () => {
    const { logger, text } = capturingLogger();
    const refusal = await prepareDatabase(config({ DATABASE_URL: urls.ownerUrl, NODE_ENV: "production" }), logger)
      .then(() => null)
      .catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DatabaseRoleError);
    const message = (refusal as Error).message;
    expect(message).toMatch(/^Front Door will not start: .*"frontdoor_owner".*owns the tables/);
    for (const password of passwords()) expect(message + text()).not.toContain(password);
  });

  it("starts as the application's role alone on a database the owner has migrated, running no migrations", async () => {
    const { logger, text } = capturingLogger();
    const prepared = await prepareDatabase(config({ DATABASE_URL: urls.url, NODE_ENV: "production" }), logger);
    expect(prepared.url).toBe(urls.url);
    expect(text()).toContain("the database schema is current");
    expect(text()).not.toMatch(/"level":[45]0/);
  });

  it("refuses a database that needs migrations the application's role may not run, saying what to set", async () => {
    await ensureOwnedDatabase(adminUrl, emptyName);
    const { logger } = capturingLogger();
    await expect(
      prepareDatabase(config({ DATABASE_URL: testDatabaseUrls(adminUrl, emptyName).url }), logger),
    ).rejects.toThrow(/needs migrations, which "frontdoor_app" \(DATABASE_URL\) may not run.*MIGRATION_DATABASE_URL/);
  });
});
