import { sql } from "drizzle-orm";
import postgres from "postgres";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "~/auth/session.server";
import { seedDemoData } from "#db/seed";
import { compareQueueOrder, type QueueOrderFacts } from "~/domain/mash/queue-order";
import { mashQueue, queueCountGroups, type QueueEntry } from "~/services/mash-queue.server";
import { actorFor, currentUser } from "#tests/support/current-user";
import { createSubmittedContact } from "#tests/support/factories";
import { queryPlan } from "#tests/support/query-plan";
import { useTestDatabase } from "#tests/support/test-database";

const { db, ownerUrl } = useTestDatabase();
let screener: CurrentUser;
const now = new Date("2026-06-10T12:00:00+01:00");
const pageSize = 7;

beforeAll(async () => {
  await seedDemoData(db(), { password: "a demo password for tests", nodeEnv: "test" });
  const school = await currentUser(db(), "dsl@northmoor-primary.example");
  screener = await currentUser(db(), "screener@northmoor-mash.example");
  // Forty contacts of two children each, a few in immediate danger, received over two days, rated every way.
  for (let index = 0; index < 40; index += 1) {
    await createSubmittedContact(db(), {
      referrer: school,
      submittedAt: new Date(Date.UTC(2026, 5, 8, 8 + (index % 10), index)),
      immediateDanger: index % 9 === 0,
    });
  }
  await db().execute(sql`
    update contacts set rag = (array[null, 'red', 'amber', 'green'])[1 + floor(random() * 4)::int]::rag_rating`);
});

const facts = (entry: QueueEntry): QueueOrderFacts => ({
  reference: entry.reference,
  immediateDanger: entry.immediateDanger,
  rag: entry.rag,
  receivedAt: entry.receivedAt,
  screeningDueAt: entry.screening.dueAt,
  decisionDueAt: entry.decision.dueAt,
});

async function everyPage() {
  const first = await mashQueue(actorFor(screener), screener, {}, { page: 1, pageSize }, now);
  const pages = [first];
  for (let page = 2; page <= first.pageCount; page += 1) {
    pages.push(await mashQueue(actorFor(screener), screener, {}, { page, pageSize }, now));
  }
  return pages;
}

describe("paging the MASH queue in the database", () => {
  it("shows every undecided contact once, in the order the queue's rule gives, page after page", async () => {
    const pages = await everyPage();
    const shown = pages.flatMap((page) => page.entries);
    const references = shown.map((entry) => entry.reference);
    expect(new Set(references).size).toBe(references.length);
    expect(references).toHaveLength(pages[0]!.matching);
    expect(pages[0]!.counts.all).toBe(pages[0]!.matching);
    expect(references).toEqual(
      [...shown].sort((a, b) => compareQueueOrder(facts(a), facts(b))).map((e) => e.reference),
    );
    // Each contact's two children are in its row, not rows of their own.
    expect(shown.filter((entry) => entry.children.length === 2).length).toBeGreaterThanOrEqual(40);
  });

  it("never shows a contact twice on a page, or leaves a gap in it, while screeners change ratings", async () => {
    let changing = true;
    const churn = (async () => {
      while (changing) {
        await db().execute(sql`
          update contacts set rag = (array[null, 'red', 'amber', 'green'])[1 + floor(random() * 4)::int]::rag_rating
          where id in (select id from contacts where status = 'submitted' order by random() limit 5)`);
      }
    })();
    try {
      for (let round = 0; round < 5; round += 1) {
        for (const page of await everyPage()) {
          const references = page.entries.map((entry) => entry.reference);
          expect(new Set(references).size).toBe(references.length);
          // One consistent slice: in the rule's order by the facts it was read with, and full unless it is the last.
          const sorted = [...page.entries].sort((a, b) => compareQueueOrder(facts(a), facts(b)));
          expect(references).toEqual(sorted.map((entry) => entry.reference));
          if (page.page < page.pageCount) expect(references).toHaveLength(pageSize);
        }
      }
    } finally {
      changing = false;
      await churn;
    }
  });

  it("has an index that serves the page's order, so a backlog costs what a page costs", async () => {
    // A test database is too small for the planner to prefer an index: forbid sorting and table scans to see one
    // that can serve the query without either.
    const plan = await db().transaction(async (tx) => {
      await tx.execute(sql`set local enable_sort = off`);
      await tx.execute(sql`set local enable_seqscan = off`);
      return tx.execute<{ "QUERY PLAN": string }>(sql`
        explain select id from contacts
        where status in ('submitted', 'in_screening', 'awaiting_checks', 'awaiting_sign_off')
        order by queue_priority, queue_due_at, received_at, reference limit 50`);
    });
    const text = plan.map((row) => row["QUERY PLAN"]).join("\n");
    expect(text).toContain("contacts_queue_order_idx");
    expect(text).not.toContain("Sort");
  });

  it("asks whether a child's person had another contact in the year before with one index range", async () => {
    // Each child carries its contact's received time (migration 0029), for every way a contact is made.
    const [differing] = await db().execute<{ count: number }>(sql`
      select count(*)::int as count from contact_children join contacts on contacts.id = contact_children.contact_id
      where contact_children.received_at is distinct from contacts.received_at`);
    expect(differing!.count).toBe(0);
    const plan = await db().transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      return tx.execute<{ "QUERY PLAN": string }>(sql`
        explain select 1 from contact_children
        where person_id = '00000000-0000-4000-8000-000000000000' and received_at < now() and received_at >= now() - interval '12 months'`);
    });
    const text = plan.map((row) => row["QUERY PLAN"]).join("\n");
    expect(text).toContain("contact_children_person_received_idx");
    expect(text).toMatch(/Index Cond: \(\(person_id = .*received_at < /);
  });

  it("keeps each child's copy of the received time right, whatever writes it", async () => {
    const [contact] = await db().execute<{ id: string }>(sql`
      select contacts.id from contacts join contact_children on contact_children.contact_id = contacts.id limit 1`);
    const childTimes = () =>
      db().execute<{ same: boolean }>(sql`
        select contact_children.received_at = contacts.received_at as same
        from contact_children join contacts on contacts.id = contact_children.contact_id
        where contacts.id = ${contact!.id}`);
    // A correction of the contact's received time takes its children with it.
    await db().execute(
      sql`update contacts set received_at = received_at - interval '1 hour' where id = ${contact!.id}`,
    );
    const times = await childTimes();
    expect(times.length).toBeGreaterThan(0);
    expect(times.every((row) => row.same)).toBe(true);
    await db().execute(
      sql`update contacts set received_at = received_at + interval '1 hour' where id = ${contact!.id}`,
    );
    // A child written with any other time is refused.
    await expect(
      db().execute(sql`
        insert into contact_children (contact_id, position, last_name, sex, received_at)
        values (${contact!.id}, 9, 'Wrong', 'female', now() - interval '3 years')`),
    ).rejects.toMatchObject({
      // drizzle wraps the database error; PostgreSQL's own message is its cause.
      cause: expect.objectContaining({
        message: expect.stringMatching(/foreign key constraint "contact_children_contact_fk"/),
      }),
    });
  });

  it("counts the queue from an index alone, reading no contact's row", async () => {
    // An index answers alone for rows the visibility map marks all-visible: VACUUM, as the tables' owner, marks
    // them, as autovacuum does in production.
    const owner = postgres(ownerUrl(), { max: 1, onnotice: () => {} });
    await owner`vacuum analyze contacts`;
    await owner.end();
    const text = await queryPlan(db(), queueCountGroups(now));
    expect(text).toContain("Index Only Scan using contacts_queue_counts_idx");
  });
});
