import { migrateDatabase } from "../migrate";
import { commandLineDatabase } from "./database-url";

const database = await commandLineDatabase();
try {
  await migrateDatabase(database.ownerUrl, database.url);
  console.log("Migrations applied.");
} finally {
  await database.stop();
}
