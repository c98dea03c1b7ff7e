/**
 * Starts the built portal for the end-to-end tests: its own throw-away
 * PostgreSQL (or a database on TEST_DATABASE_URL's server), migrated and seeded
 * with the demo council, on the port Playwright chose.
 */
import { randomBytes } from "node:crypto";
import { createDatabaseFromTemplate, dropDatabase, startTestDatabaseServer } from "../../support/database-server";

const server = await startTestDatabaseServer();
const databaseName = `e2e_${randomBytes(6).toString("hex")}`;
process.env.DATABASE_URL = await createDatabaseFromTemplate(server.adminUrl, databaseName);

let cleaningUp = false;
async function cleanUp() {
  if (cleaningUp) return;
  cleaningUp = true;
  await dropDatabase(server.adminUrl, databaseName).catch(() => {});
  await server.stop();
}
// main.ts closes its own pool on these signals; the database server goes after it.
process.on("SIGTERM", () => void cleanUp());
process.on("SIGINT", () => void cleanUp());
process.on("exit", () => void cleanUp());

await import("../../../server/main");
