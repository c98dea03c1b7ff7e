import type { TestProject } from "vitest/node";
import { startTestDatabaseServer } from "./database-server";

declare module "vitest" {
  export interface ProvidedContext {
    databaseAdminUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startTestDatabaseServer();
  project.provide("databaseAdminUrl", server.adminUrl);
  return () => server.stop();
}
