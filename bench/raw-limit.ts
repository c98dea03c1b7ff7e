import postgres from "postgres";
import { measureOperations, type OperationFigure } from "./closed-loop";

interface RawOptions {
  databaseUrl: string;
  /** The schema's owner, who makes and drops the table the inserts go to; the app's role measures. */
  ownerUrl: string;
  concurrency: number;
  durationSeconds: number;
}

export interface RawLimits {
  insertPrepared: OperationFigure;
  insertUnprepared: OperationFigure;
  selectPrepared: OperationFigure;
  selectUnprepared: OperationFigure;
}

/**
 * What PostgreSQL itself manages on this machine, through the same driver the
 * app uses, with no HTTP, rendering or business rules in the way: the ceiling
 * each route's figures are compared against. Each is measured with named
 * prepared statements (as the app sends them) and without (a parse, a plan and
 * an extra round trip each), so a comparison says which it is against.
 */
export async function measureRawLimits(options: RawOptions): Promise<RawLimits> {
  const prepared = postgres(options.databaseUrl, { max: options.concurrency, onnotice: () => {}, prepare: true });
  const unprepared = postgres(options.databaseUrl, { max: options.concurrency, onnotice: () => {}, prepare: false });
  const owner = postgres(options.ownerUrl, { max: 1, onnotice: () => {} });
  try {
    await owner`create table if not exists bench_raw_inserts (
      id uuid primary key default gen_random_uuid(),
      reference text not null,
      answers jsonb not null,
      created_at timestamptz not null default now()
    )`;
    // A payload the size of a real contact's answers, so the insert is like for like.
    const answers = { concern: "x".repeat(1_200), children: [{ firstName: "Ava", lastName: "Smith" }] };
    let counter = 0;
    const insert = (sql: postgres.Sql) => async () => {
      counter += 1;
      await sql`insert into bench_raw_inserts (reference, answers) values (${`RAW-${counter}`}, ${sql.json(answers)})`;
    };
    const ids = (await prepared<{ id: string }[]>`select id from contacts order by random() limit 1000`).map(
      (row) => row.id,
    );
    const select = (sql: postgres.Sql) => async () => {
      await sql`select * from contacts where id = ${ids[Math.floor(Math.random() * ids.length)] ?? "00000000-0000-0000-0000-000000000000"}`;
    };
    const limits: RawLimits = {
      insertPrepared: await measureOperations("postgres.js single-row insert, prepared", options, insert(prepared)),
      insertUnprepared: await measureOperations(
        "postgres.js single-row insert, unprepared",
        options,
        insert(unprepared),
      ),
      selectPrepared: await measureOperations("postgres.js select by primary key, prepared", options, select(prepared)),
      selectUnprepared: await measureOperations(
        "postgres.js select by primary key, unprepared",
        options,
        select(unprepared),
      ),
    };
    await owner`drop table bench_raw_inserts`;
    return limits;
  } finally {
    await Promise.all([prepared.end(), unprepared.end(), owner.end()]);
  }
}
