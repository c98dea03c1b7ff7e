import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { action } from "~/routes/report-a-concern._index";
import { deadlinesOnArrival } from "~/services/mash-settings.server";
import { submitPublicConcern } from "~/services/public-concerns.server";
import { auditEvents, contactChildren, contacts } from "#db/schema";
import { seedDemoData } from "#db/seed";
import { testContext, testRequest } from "#tests/support/auth-factories";
import { useTestDatabase } from "#tests/support/test-database";

const { db } = useTestDatabase();

beforeAll(async () => {
  await seedDemoData(db(), { password: "a demo password for tests", nodeEnv: "test" });
});

const anonymous = {
  childFirstName: "Kai",
  whereTheyLive: "The flat above the chip shop on Mill Lane",
  worry: "I hear shouting and a child crying late every night, and I have not seen Kai at school for weeks.",
  reporter: "anonymous",
};

async function send(form: Record<string, string>, ipAddress: string) {
  try {
    const result = await action({
      request: testRequest("/report-a-concern?index", { form }),
      params: {},
      context: { ...testContext, ipAddress },
    });
    return { status: result.init?.status ?? 200, location: null, data: result.data };
  } catch (thrown) {
    if (thrown instanceof Response) return { status: thrown.status, location: thrown.headers.get("location") };
    throw thrown;
  }
}

const referenceOf = (location: string | null) => new URL(`http://localhost${location}`).searchParams.get("reference");

async function contactByReference(reference: string) {
  const [contact] = await db().select().from(contacts).where(eq(contacts.reference, reference));
  return contact!;
}

describe("a member of the public's online concern", () => {
  it("reaches the MASH queue as an anonymous contact, census source 9, on the clock from when it was sent", async () => {
    const sent = await send(anonymous, "203.0.113.1");
    expect(sent.status).toBe(302);
    const reference = referenceOf(sent.location);
    expect(reference).toMatch(/^FD-\d{6}$/);
    const contact = await contactByReference(reference!);
    expect(contact).toMatchObject({
      channel: "public_online",
      referrerKind: "anonymous",
      referralSource: "9",
      organisationId: null,
      submittedBy: null,
      status: "submitted",
      suggestedLevel: null,
      publicConcern: {
        child: { firstName: "Kai", whereTheyLive: anonymous.whereTheyLive },
        worry: anonymous.worry,
        reporter: { anonymous: true },
      },
    });
    expect(contact.receivedAt).toEqual(contact.submittedAt);
    expect(contact.decisionDueAt).toEqual(deadlinesOnArrival(contact.receivedAt).decisionDueAt);
    const children = await db().select().from(contactChildren).where(eq(contactChildren.contactId, contact.id));
    expect(children).toMatchObject([{ firstName: "Kai", lastName: "", sex: "notKnown" }]);
  });

  it("records a named family member as 1A, and asks them for a way to be reached", async () => {
    const named = {
      ...anonymous,
      reporter: "named",
      reporterName: "Joan Fletcher",
      relationship: "family",
    };
    const missing = await send(named, "203.0.113.2");
    expect(missing.status).toBe(400);
    expect(missing.data).toMatchObject({ error: { phone: ["publicConcern.reporter.contact.required"] } });
    const sent = await send({ ...named, phone: "07700 900982" }, "203.0.113.2");
    const contact = await contactByReference(referenceOf(sent.location)!);
    expect(contact).toMatchObject({ referrerKind: "individual", referrerRelationship: "family", referralSource: "1A" });
  });

  it("refuses a flood from one address, and still takes a concern from another", async () => {
    const flood = "198.51.100.7";
    for (let sent = 0; sent < 5; sent += 1) expect((await send(anonymous, flood)).status).toBe(302);
    const before = await db().$count(contacts);
    const refused = await send(anonymous, flood);
    expect(refused.status).toBe(429);
    expect(refused.data).toMatchObject({ error: { "": ["publicConcern.error.tooMany"] } });
    expect(await db().$count(contacts)).toBe(before);
    expect((await send(anonymous, "198.51.100.8")).status).toBe(302);
  });

  it("stores nothing when the hidden field a person never sees has been filled in", async () => {
    const contactsBefore = await db().$count(contacts);
    const auditBefore = await db().$count(auditEvents);
    const sent = await send({ ...anonymous, website: "http://spam.example" }, "192.0.2.50");
    expect(sent).toMatchObject({ status: 302, location: "/report-a-concern/sent" });
    expect(await db().$count(contacts)).toBe(contactsBefore);
    expect(await db().$count(auditEvents)).toBe(auditBefore);
    expect(
      await submitPublicConcern(
        { user: null, ipAddress: "192.0.2.50", correlationId: null },
        { child: {}, worry: anonymous.worry, reporter: { anonymous: true } },
        { honeypot: "anything" },
      ),
    ).toEqual({ outcome: "ignored" });
  });

  it("keeps what was typed and explains the problem when something is missing", async () => {
    const result = await send({ worry: "Too short", reporter: "" }, "192.0.2.60");
    expect(result.status).toBe(400);
    expect(result.data).toMatchObject({
      error: {
        childFirstName: ["publicConcern.child.name.required"],
        worry: ["publicConcern.worry.tooShort"],
        reporter: ["publicConcern.reporter.required"],
      },
      initialValue: { worry: "Too short" },
    });
  });
});
