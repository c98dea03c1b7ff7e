import { readConfig } from "../../app/config.server";
import { createDatabase } from "../connection";
import { migrateDatabase } from "../migrate";
import { seedDemoData } from "../seed";
import { commandLineDatabase } from "./database-url";

const config = readConfig();
const database = await commandLineDatabase();
try {
  await migrateDatabase(database.ownerUrl, database.url);
  const { db, close } = createDatabase(database.url, { max: 1 });
  try {
    const result = await seedDemoData(db, {
      password: config.DEMO_PASSWORD,
      nodeEnv: config.NODE_ENV,
      partnerTwoFactorRequired: config.PARTNER_TWO_FACTOR_REQUIRED,
    });
    console.log(result === "seeded" ? "Demo council added." : "The database already has data; nothing was added.");
  } finally {
    await close();
  }
} finally {
  await database.stop();
}
