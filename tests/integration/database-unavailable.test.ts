import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase } from "~/db.server";
import { action as newContact } from "~/routes/contacts.new";
import { action as yourDetails } from "~/routes/contacts.drafts.$draftId.your-details";
import { freePort } from "#tests/support/free-port";
import { testContext, testRequest } from "#tests/support/auth-factories";

/**
 * With the database gone (nothing listens on its port), a page that is sent
 * says so plainly (503) and hands back everything that was typed, instead of
 * an error page: the action catches the connection error and replies.
 */
let previousUrl: string | undefined;

beforeAll(async () => {
  await closeDatabase();
  previousUrl = process.env.DATABASE_URL;
  process.env.DATABASE_URL = `postgres://frontdoor:frontdoor@127.0.0.1:${await freePort()}/gone`;
});

afterAll(async () => {
  await closeDatabase();
  process.env.DATABASE_URL = previousUrl;
});

const cookie = "__Host-front-door-session=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";

describe("when the database is unavailable", () => {
  it("starting a contact keeps the answer and says the service cannot save", async () => {
    const reply = await newContact({
      request: testRequest("/contacts/new", { cookie, form: { immediateDanger: "no" } }),
      params: {},
      context: testContext,
    });
    expect(reply).toMatchObject({
      init: { status: 503 },
      data: { status: "error", error: { "": ["error.databaseUnavailable"] }, initialValue: { immediateDanger: "no" } },
    });
  });

  it("a question page keeps everything typed", async () => {
    const form = { name: "Priya Shah", role: "Designated safeguarding lead", phone: "01632 960111" };
    const reply = await yourDetails({
      request: testRequest("/contacts/drafts/0b8e3f0e-6a52-4a8e-9d1b-2f4f5d6c7a80/your-details", { cookie, form }),
      params: { draftId: "0b8e3f0e-6a52-4a8e-9d1b-2f4f5d6c7a80" },
      context: testContext,
    });
    expect(reply).toMatchObject({
      init: { status: 503 },
      data: { status: "error", error: { "": ["error.databaseUnavailable"] }, initialValue: form },
    });
  });
});
