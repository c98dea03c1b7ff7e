/**
 * npm run seed:scale -- --contacts 1000000 [--seed 1] [--backlog 5000]
 * Adds scale data to the database `npm start` uses (or DATABASE_URL's), after
 * the migrations and the demo council. Run it on an otherwise empty database.
 * With --backlog, a MASH that has fallen behind: undecided contacts are added
 * until that many await a decision.
 */
import { parseArgs } from "node:util";
import { readConfig } from "../app/config.server";
import { createDatabase } from "../db/connection";
import { commandLineDatabase } from "../db/cli/database-url";
import { migrateDatabase } from "../db/migrate";
import { seedDemoData } from "../db/seed";
import { ensureThresholdDocumentPublished } from "../app/services/thresholds.server";
import { asOwner } from "./as-owner";
import { addBacklog } from "./scale/backlog";
import { seedScale } from "./scale/seed";

const { values } = parseArgs({
  options: {
    contacts: { type: "string", default: "100000" },
    seed: { type: "string", default: "1" },
    backlog: { type: "string" },
  },
});
const config = readConfig();
const database = await commandLineDatabase();
try {
  await prepare(database.ownerUrl, database.url, config.DEMO_PASSWORD);
  // As the owner: the scale seed ends with ANALYZE, which only a table's owner may run.
  await asOwner(database.ownerUrl, async (sql) => {
    await seedScale(sql, {
      contacts: Number(values.contacts),
      seed: Number(values.seed),
      now: new Date(),
      log: console.log,
    });
    if (values.backlog) {
      const [referrer] = await sql<{ id: string; organisationId: string }[]>`
        select id, organisation_id as "organisationId" from users where email = 'dsl@northmoor-primary.example'`;
      const added = await addBacklog(sql, {
        undecided: Number(values.backlog),
        submittedBy: referrer!,
        now: new Date(),
      });
      console.log(`backlog: ${added} undecided contacts added`);
    }
  });
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
