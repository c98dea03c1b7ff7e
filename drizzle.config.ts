import { defineConfig } from "drizzle-kit";

// Generating migrations only reads the schema; no database is needed.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  casing: "snake_case",
});
