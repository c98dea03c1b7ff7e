import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "#db/connection";
import { remixHandler } from "../../../server/remix-handler";
import { createOrganisation, createUser, signedInCookie, testContext } from "#tests/support/auth-factories";
import { serverBuildOf } from "#tests/support/server-build";
import { useTestDatabase } from "#tests/support/test-database";
import * as queue from "~/routes/mash._index";
import { openRequestScopes, requestScopeHeader } from "~/request-scope.server";
import { rootData } from "~/services/root.server";

const { db, url } = useTestDatabase();

/** Every statement the app sends, from its own pool, replaced by one that counts them. */
const statements: string[] = [];
let baseUrl = "";
let close = () => {};

beforeAll(async () => {
  const holder = globalThis as typeof globalThis & { __frontDoorDb?: ReturnType<typeof createDatabase> };
  await holder.__frontDoorDb?.close();
  holder.__frontDoorDb = createDatabase(url(), { debug: (_connection, query) => statements.push(query) });

  // The MASH queue as the server serves it: the root's loader (app/root.tsx's, without its stylesheets) and the
  // page's, through the server's own Remix handler.
  const root = { loader: ({ request }: { request: Request }) => rootData(request) };
  const build = serverBuildOf({
    root: { id: "root", path: "", module: root },
    "routes/mash._index": { id: "routes/mash._index", parentId: "root", path: "mash", index: true, module: queue },
  });
  const app = express();
  app.all("*", remixHandler({ build, mode: "production", getLoadContext: () => testContext }));
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(() => close());

describe("the signed-in session", () => {
  it("is read from the database once per request, though the root's loader and the page's both ask for it", async () => {
    const mash = await createOrganisation(db(), { type: "mash" });
    const screener = await createUser(db(), { role: "mash_screener", organisationId: mash.id });
    const cookie = await signedInCookie(db(), screener);
    statements.length = 0;
    const answer = await fetch(`${baseUrl}/mash.data`, { headers: { cookie } });
    expect(answer.status).toBe(200);
    await answer.text();
    const sessionLookups = statements.filter((query) => /from "sessions"/.test(query));
    expect(sessionLookups).toHaveLength(1);
    // And the page did read the queue: the count is of a real page load.
    expect(statements.some((query) => /from "contacts"/.test(query))).toBe(true);
    // Once answered, the request's scope is closed: nothing is kept from one request to the next.
    expect(openRequestScopes()).toBe(0);
  });

  it("is looked up by each request, several at once for the same session, whatever scope a client names", async () => {
    const mash = await createOrganisation(db(), { type: "mash" });
    const screener = await createUser(db(), { role: "mash_screener", organisationId: mash.id });
    const cookie = await signedInCookie(db(), screener);
    statements.length = 0;
    const answers = await Promise.all([
      fetch(`${baseUrl}/mash.data`, { headers: { cookie } }),
      fetch(`${baseUrl}/mash.data`, { headers: { cookie } }),
      fetch(`${baseUrl}/mash.data`, { headers: { cookie, [requestScopeHeader]: crypto.randomUUID() } }),
    ]);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      await answer.text();
    }
    expect(statements.filter((query) => /from "sessions"/.test(query))).toHaveLength(3);
    expect(openRequestScopes()).toBe(0);
  });
});
