import type { Request as CannonRequest } from "autocannon";
import { eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../db/connection";
import { contactDrafts, contacts, organisations, reportSnapshots, thresholdDocuments, users } from "../db/schema";
import { createSession, sessionCookieName } from "../app/auth/session.server";
import type { ContactDraftAnswers } from "../app/domain/contact/journey";
import { addBacklog } from "./scale/backlog";

export interface Target {
  name: string;
  requests: CannonRequest[];
  /** Which raw PostgreSQL figure this route is a ratio of. */
  comparedWith: "insert" | "select";
  connections?: number;
  targetP95Ms?: number;
  /** Requests a second it should manage, as a share of the raw PostgreSQL figure it is compared with. */
  targetShareOfRaw?: number;
  /** Before the run: the data the scenario needs. */
  before?: () => Promise<void>;
  /** Once measured: the scenario's data removed. */
  after?: () => Promise<void>;
  /** After the run: how many requests did not do what they should have (a submission that made no contact). */
  verify?: () => Promise<number>;
}

/** The pages people wait on most, each requested as the user who would open it. */
export async function targets(
  db: Database,
  options: { baseUrl: string; duration: number; smoke: boolean },
): Promise<Target[]> {
  const cookie = async (email: string) => `${sessionCookieName}=${await signedIn(db, email)}`;
  const screener = await cookie("screener@northmoor-mash.example");
  const partner = await cookie("dsl@northmoor-primary.example");
  const manager = await cookie("manager@northmoor-early-help.example");
  const mashManager = await cookie("manager@northmoor-mash.example");
  const [school] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.name, "Northmoor Primary School"));
  const [team] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.type, "mash"));
  const [queued] = await db
    .select({ reference: contacts.reference })
    .from(contacts)
    .where(inArray(contacts.status, ["submitted", "in_screening"]))
    .orderBy(contacts.decisionDueAt)
    .limit(1);
  if (!queued) throw new Error("The benchmark needs a contact in the MASH queue.");
  const get = (path: string, sessionCookie: string): CannonRequest[] => [
    { method: "GET", path, headers: { cookie: sessionCookie } },
  ];

  // Each submission needs its own complete draft; make more than the run can use.
  const submissions = options.smoke ? 200 : Math.max(2_000, options.duration * 1_500);
  const referrer = await benchReferrer(db);
  const draftIds = await completeDrafts(db, referrer, submissions);
  const backlog = options.smoke ? 400 : 5_000;
  const submitter = await cookie(benchReferrerEmail);
  let next = 0;
  const submitConnections = 20;
  const forgetSnapshots = async () => {
    await db.delete(reportSnapshots);
  };
  return [
    // The floor: a page that reads only the session and whether two-factor is set up, so each route's figures can be
    // seen against what any page costs here (Express, Remix and React, the session, the layout) before its own work.
    {
      name: "GET /account (the lightest page, the floor)",
      requests: get("/account", screener),
      comparedWith: "select",
    },
    { name: "GET /mash (queue)", requests: get("/mash", screener), comparedWith: "select", targetP95Ms: 50 },
    {
      name: `GET /mash (queue, a backlog of ${backlog.toLocaleString("en-GB")} undecided)`,
      requests: get("/mash", screener),
      comparedWith: "select",
      targetP95Ms: 100,
      // The backlog is the benchmark referrer's, so the next run's clean-up removes it; here it goes once measured.
      before: async () => {
        await addBacklog(db.$client, { undecided: backlog, submittedBy: referrer, now: new Date() });
      },
      after: async () => {
        await db.delete(contacts).where(eq(contacts.submittedBy, referrer.id));
      },
    },
    {
      name: "GET /mash/contacts/:reference (screening, with history)",
      requests: get(`/mash/contacts/${queued.reference}`, screener),
      comparedWith: "select",
      targetP95Ms: 100,
    },
    { name: "GET /contacts (referrer's list)", requests: get("/contacts", partner), comparedWith: "select" },
    { name: "GET /early-help (plans list)", requests: get("/early-help", manager), comparedWith: "select" },
    {
      name: "GET /early-help/coordinator (every open plan's flags)",
      requests: get("/early-help/coordinator", manager),
      comparedWith: "select",
    },
    {
      name: "POST submit a complete contact",
      connections: submitConnections,
      targetP95Ms: 100,
      targetShareOfRaw: 0.25,
      comparedWith: "insert",
      verify: async () => {
        const [row] = await db
          .select({ submitted: sql<number>`count(*) filter (where submitted_contact_id is not null)::int` })
          .from(contactDrafts)
          .where(inArray(contactDrafts.id, draftIds));
        // Every draft posted must now have its contact, but for the few still in flight when the clock stopped.
        return Math.max(0, Math.min(next, draftIds.length) - (row?.submitted ?? 0) - submitConnections);
      },
      requests: [
        {
          method: "POST",
          headers: { cookie: submitter, origin: options.baseUrl, "content-type": "application/x-www-form-urlencoded" },
          body: "",
          setupRequest: (request) => ({
            ...request,
            path: `/contacts/drafts/${draftIds[next++ % draftIds.length]}/check-answers`,
          }),
        },
      ],
    },
    // Last: at a million contacts a period's figures take seconds to work out. Each dashboard run starts with no
    // snapshot (ADR 18), so its first requests wait for one computation and the rest read what it kept.
    {
      name: "GET /reports (dashboard, last 13 weeks)",
      requests: get("/reports", mashManager),
      comparedWith: "select",
      before: forgetSnapshots,
    },
    {
      name: "GET /reports (dashboard, a year, every filter)",
      requests: get(
        `/reports?from=2025-12-01&to=2026-11-30&source=2A&organisation=${school?.id ?? ""}&team=${team?.id ?? ""}`,
        mashManager,
      ),
      comparedWith: "select",
      before: forgetSnapshots,
    },
    {
      name: "GET /reports/my-organisation (the school's own view)",
      requests: get("/reports/my-organisation", partner),
      comparedWith: "select",
      before: forgetSnapshots,
    },
  ];
}

/** A signed-in session written straight to the database, as the end-to-end fixtures do: no clicking through sign-in. */
export async function signedIn(db: Database, email: string): Promise<string> {
  const [user] = await db.select({ id: users.id, role: users.role }).from(users).where(eq(users.email, email));
  if (!user) throw new Error(`No demo account ${email}.`);
  const { token } = await createSession(db, {
    userId: user.id,
    role: user.role,
    stage: "signed_in",
    ipAddress: "127.0.0.1",
    userAgent: "bench",
  });
  return token;
}

const benchReferrerEmail = "bench.referrer@northmoor-health.example";

/**
 * The submissions come from an account of their own, and each run first
 * deletes what earlier runs submitted. Otherwise every run would leave
 * thousands of undecided contacts in the MASH queue, and of drafts in a
 * referrer's list, and the next run would measure the benchmark's leftovers
 * rather than the seeded council.
 */
export async function benchReferrer(db: Database): Promise<{ id: string; organisationId: string }> {
  const [organisation] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.name, "Northmoor Health Visiting Team"));
  if (!organisation) throw new Error("The demo council is missing.");
  await db
    .insert(users)
    .values({ organisationId: organisation.id, role: "partner", name: "Benchmark referrer", email: benchReferrerEmail })
    .onConflictDoNothing();
  const [user] = await db
    .select({ id: users.id, organisationId: users.organisationId })
    .from(users)
    .where(eq(users.email, benchReferrerEmail));
  await db.delete(contactDrafts).where(eq(contactDrafts.createdBy, user!.id));
  await db.delete(contacts).where(eq(contacts.submittedBy, user!.id));
  return user!;
}

export async function completeDrafts(
  db: Database,
  user: { id: string; organisationId: string },
  count: number,
): Promise<string[]> {
  const [document] = await db
    .select({ id: thresholdDocuments.id, document: thresholdDocuments.document })
    .from(thresholdDocuments)
    .where(eq(thresholdDocuments.status, "published"));
  if (!document) throw new Error("The demo council's threshold document is missing.");
  const level2 = document.document.descriptors
    .filter((descriptor) => descriptor.level === 2)
    .slice(0, 2)
    .map((descriptor) => descriptor.id);
  const answers = benchAnswers(level2);
  const ids: string[] = [];
  // In batches: one statement may carry at most 65,535 parameters, and a long run needs more drafts than that allows.
  for (let made = 0; made < count; made += draftBatch) {
    const rows = await db
      .insert(contactDrafts)
      .values(
        Array.from({ length: Math.min(draftBatch, count - made) }, () => ({
          organisationId: user.organisationId,
          createdBy: user.id,
          thresholdDocumentId: document.id,
          answers,
        })),
      )
      .returning({ id: contactDrafts.id });
    ids.push(...rows.map((row) => row.id));
  }
  return ids;
}

const draftBatch = 5_000;

function benchAnswers(descriptorIds: string[]): ContactDraftAnswers {
  const address = { line1: "14 Moorside Road", town: "Northmoor", postcode: "NM1 4TB" };
  const child = (firstName: string, dateOfBirth: string) => ({
    isUnborn: "no" as const,
    firstName,
    lastName: "Evans",
    dateOfBirth,
    sex: "female" as const,
    address,
    disability: "no" as const,
    firstLanguage: "English",
    interpreterNeeded: "no" as const,
  });
  return {
    immediateDanger: { immediateDanger: "no" },
    referrer: {
      name: "Benchmark referrer",
      role: "Health visitor",
      organisation: "Northmoor Health Visiting Team",
      phone: "01632 960111",
      email: benchReferrerEmail,
    },
    children: [child("Amy", "2019-03-07"), child("Beth", "2021-06-12")],
    addAnotherChild: { addAnother: "no" },
    adults: [],
    addAnotherAdult: { addAnother: "no" },
    descriptors: { descriptorIds },
    concern: {
      worry: "Amy and Beth have come to school hungry on most days this term and say there is no food at home.",
      workingWell: "Their mother brings them to school every day and is open with staff.",
      needsToHappen: "Support for the family with food and money, and an early help assessment.",
    },
    level: { agreesWithSuggestion: "yes", suggestedLevel: 2 },
    consent: { familyAware: "yes", familyConsented: "yes" },
  } as ContactDraftAnswers;
}
