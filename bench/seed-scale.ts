/**
 * npm run seed:scale -- --contacts 1000000 [--seed 1]
 * Adds scale data to the database `npm start` uses (or DATABASE_URL's), after
 * the migrations and the demo council. Run it on an otherwise empty database.
 */
import { parseArgs } from "node:util";
import postgres from "postgres";
import { readConfig } from "../app/config.server";
import { createDatabase } from "../db/connection";
import { commandLineDatabase } from "../db/cli/database-url";
import { migrateDatabase } from "../db/migrate";
import { seedDemoData } from "../db/seed";
import { ensureThresholdDocumentPublished } from "../app/services/thresholds.server";
import { seedScale } from "./scale/seed";

const { values } = parseArgs({
  options: { contacts: { type: "string", default: "100000" }, seed: { type: "string", default: "1" } },
});
const config = readConfig();
const database = await commandLineDatabase();
try {
  await prepare(database.ownerUrl, database.url, config.DEMO_PASSWORD);
  // As the owner: the scale seed ends with ANALYZE, which only a table's owner may run.
  const sql = postgres(database.ownerUrl, { max: 1, onnotice: () => {} });
  try {
    await seedScale(sql, {
      contacts: Number(values.contacts),
      seed: Number(values.seed),
      now: new Date(),
      log: console.log,
    });
  } finally {
    await sql.end();
  }
} finally {
  await database.stop();
}

async function prepare(ownerUrl: string, url: string, password: string) {
  await migrateDatabase(ownerUrl, url);
  const { db, close } = createDatabase(url, { max: 1 });
  try {
    await seedDemoData(db, { password, nodeEnv: "development" });
    await ensureThresholdDocumentPublished(db);
  } finally {
    await close();
  }
}
