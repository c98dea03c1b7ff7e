import { sql } from "drizzle-orm";
import type { Queryable } from "#db/connection";
import {
  bandCaseSql,
  decisionTimeBands,
  waitingAgeBands,
  type DecisionTimeBand,
  type WaitingAgeBand,
} from "~/domain/reports/rates";
import { nfaOutcomeId, repeatMonths } from "~/domain/reports/counting";
import { addDays } from "~/domain/reports/window";
import {
  agreementColumns,
  awaitingDecision,
  contactFilters,
  instant,
  receivedIn,
  rows,
  standing,
  startOfDay,
  type AgreementCounts,
  type ReportFilters,
} from "./report-sql.server";

/**
 * The front door dashboard's figures. Each is one SQL aggregate (GROUP BY,
 * FILTER, window functions) over indexed columns, so a figure costs the same
 * whether it summarises a hundred contacts or a million: no row list ever
 * reaches Node.
 */

// ---------------------------------------------------------------------------
// Today, at a glance

export interface TodayFigures {
  waiting: { rag: string; age: WaitingAgeBand; count: number }[];
  overdueScreening: number;
  overdueDecision: number;
  checksOverdue: { agency: string; count: number }[];
  signOffsWaiting: number;
  stepDownsWaiting: number;
  stepDownsOverdue: number;
}

export async function todayFigures(
  q: Queryable,
  filters: Omit<ReportFilters, "window">,
  now: Date,
): Promise<TodayFigures> {
  const hoursWaiting = `extract(epoch from ('${now.toISOString()}'::timestamptz - c.received_at)) / 3600`;
  const [waiting, overdue, checks, signOffs, stepDowns] = await Promise.all([
    rows<{ rag: string; age: WaitingAgeBand; count: number }>(
      q,
      sql`
      select coalesce(c.rag::text, 'unrated') as rag, ${sql.raw(bandCaseSql(waitingAgeBands, hoursWaiting))} as age,
        count(*)::int as count
      from contacts c
      where c.status in ${awaitingDecision} and ${contactFilters(filters)}
      group by 1, 2`,
    ),
    rows<{ screening: number; decision: number }>(
      q,
      sql`
      select count(*) filter (where c.screening_due_at < ${instant(now)})::int as screening,
        count(*) filter (where c.decision_due_at < ${instant(now)})::int as decision
      from contacts c
      where c.status in ${awaitingDecision} and ${contactFilters(filters)}`,
    ),
    rows<{ agency: string; count: number }>(
      q,
      sql`
      select ic.agency::text as agency, count(*)::int as count
      from information_checks ic join contacts c on c.id = ic.contact_id
      where ic.answered_at is null and ic.due_at < ${instant(now)} and c.status in ${awaitingDecision} and ${contactFilters(filters)}
      group by 1`,
    ),
    rows<{ count: number }>(
      q,
      sql`
      select count(*)::int as count
      from decisions d join contacts c on c.id = d.contact_id
      where d.state = 'awaiting_sign_off' and ${contactFilters(filters)}`,
    ),
    rows<{ waiting: number; overdue: number }>(
      q,
      sql`
      select count(*)::int as waiting, count(*) filter (where due_at < ${instant(now)})::int as overdue
      from step_down_requests where status = 'pending'`,
    ),
  ]);
  return {
    waiting,
    overdueScreening: overdue[0]?.screening ?? 0,
    overdueDecision: overdue[0]?.decision ?? 0,
    checksOverdue: checks,
    signOffsWaiting: signOffs[0]?.count ?? 0,
    stepDownsWaiting: stepDowns[0]?.waiting ?? 0,
    stepDownsOverdue: stepDowns[0]?.overdue ?? 0,
  };
}

// ---------------------------------------------------------------------------
// Volumes

export interface VolumeFigures {
  /** Contacts received each week (weeks start on Monday), by census source. */
  weekly: { week: string; source: string; count: number }[];
  /**
   * Children whose contact has a standing decision, by the contact's source:
   * how many became referrals, how many were closed with no further action at
   * the front door, and how many referrals have since ended in no further action.
   */
  outcomesBySource: { source: string; decided: number; referrals: number; nfa: number; referralsNfa: number }[];
  repeats: { children: number; linked: number; repeatContacts: number };
  /** Referrals dated in the window, and those with another referral of the child in the 12 months before. */
  reReferrals: { referrals: number; reReferrals: number };
}

export async function volumeFigures(q: Queryable, filters: ReportFilters): Promise<VolumeFigures> {
  const where = sql`${receivedIn(filters.window)} and ${contactFilters(filters)}`;
  const [weekly, outcomesBySource, repeats, reReferrals] = await Promise.all([
    rows<{ week: string; source: string; count: number }>(
      q,
      sql`
      select to_char(date_trunc('week', c.received_at at time zone 'Europe/London'), 'YYYY-MM-DD') as week,
        c.referral_source as source, count(*)::int as count
      from contacts c where ${where}
      group by 1, 2 order by 1, 2`,
    ),
    rows<{ source: string; decided: number; referrals: number; nfa: number; referrals_nfa: number }>(
      q,
      sql`
      select c.referral_source as source, count(*)::int as decided,
        count(r.id)::int as referrals,
        count(*) filter (where cd.outcome = ${nfaOutcomeId})::int as nfa,
        count(*) filter (where r.nfa)::int as referrals_nfa
      from contacts c
        join decisions d on d.contact_id = c.id and ${standing}
        join child_decisions cd on cd.decision_id = d.id
        left join referrals r on r.contact_child_id = cd.contact_child_id
      where ${where}
      group by 1 order by 1`,
    ),
    // Each child's earlier contacts (any source, organisation or team) within 12 months, counted by a window
    // over the person's contacts since 12 months before the window: one pass, where asking for each child
    // separately took a random read per earlier contact (11 s for 13 weeks at a million contacts).
    rows<{ children: number; linked: number; repeat_contacts: number }>(
      q,
      sql`
      select count(*)::int as children, count(person_id)::int as linked,
        count(*) filter (where person_id is not null and earlier > 0)::int as repeat_contacts
      from (
        select cc.person_id, ${where} as counted,
          count(*) over (partition by cc.person_id order by c.received_at
            range between ${sql.raw(`interval '${repeatMonths} months'`)} preceding and current row exclude group) as earlier
        from contacts c join contact_children cc on cc.contact_id = c.id
        where c.received_at >= ${startOfDay(filters.window.from)} - ${sql.raw(`interval '${repeatMonths} months'`)}
          and c.received_at < ${startOfDay(addDays(filters.window.to, 1))}
      ) history
      where counted`,
    ),
    rows<{ referrals: number; re_referrals: number }>(
      q,
      sql`
      select count(*)::int as referrals,
        count(*) filter (where r.referrals_in_previous_12_months > 0)::int as re_referrals
      from referrals r join contacts c on c.id = r.contact_id
      where r.referral_date between ${filters.window.from}::date and ${filters.window.to}::date
        and ${contactFilters(filters)}`,
    ),
  ]);
  return {
    weekly,
    outcomesBySource: outcomesBySource.map(({ referrals_nfa, ...row }) => ({ ...row, referralsNfa: referrals_nfa })),
    repeats: {
      children: repeats[0]?.children ?? 0,
      linked: repeats[0]?.linked ?? 0,
      repeatContacts: repeats[0]?.repeat_contacts ?? 0,
    },
    reReferrals: { referrals: reReferrals[0]?.referrals ?? 0, reReferrals: reReferrals[0]?.re_referrals ?? 0 },
  };
}

// ---------------------------------------------------------------------------
// Timeliness

export interface TimelinessFigures {
  /** Decided contacts by their final RAG rating: how many were decided by the one-working-day deadline. */
  byRag: { rag: string; decided: number; onTime: number }[];
  decisionTimes: { band: DecisionTimeBand; count: number }[];
  checksByAgency: {
    agency: string;
    asked: number;
    answeredOnTime: number;
    answeredLate: number;
    openOverdue: number;
  }[];
}

export async function timelinessFigures(q: Queryable, filters: ReportFilters, now: Date): Promise<TimelinessFigures> {
  const where = sql`${receivedIn(filters.window)} and ${contactFilters(filters)}`;
  const hoursToDecision = "extract(epoch from (c.decided_at - c.received_at)) / 3600";
  const [byRag, decisionTimes, checksByAgency] = await Promise.all([
    rows<{ rag: string; decided: number; on_time: number }>(
      q,
      sql`
      select coalesce(c.rag::text, 'unrated') as rag, count(*)::int as decided,
        count(*) filter (where c.decided_at <= c.decision_due_at)::int as on_time
      from contacts c where c.status = 'decided' and ${where}
      group by 1`,
    ),
    rows<{ band: DecisionTimeBand; count: number }>(
      q,
      sql`
      select ${sql.raw(bandCaseSql(decisionTimeBands, hoursToDecision))} as band, count(*)::int as count
      from contacts c where c.status = 'decided' and ${where}
      group by 1`,
    ),
    rows<{ agency: string; asked: number; on_time: number; late: number; open_overdue: number }>(
      q,
      sql`
      select ic.agency::text as agency, count(*)::int as asked,
        count(*) filter (where ic.answered_at <= ic.due_at)::int as on_time,
        count(*) filter (where ic.answered_at > ic.due_at)::int as late,
        count(*) filter (where ic.answered_at is null and ic.due_at < ${instant(now)})::int as open_overdue
      from information_checks ic join contacts c on c.id = ic.contact_id
      where ic.requested_at >= ${startOfDay(filters.window.from)}
        and ic.requested_at < ${startOfDay(addDays(filters.window.to, 1))} and ${contactFilters(filters)}
      group by ic.agency order by ic.agency`,
    ),
  ]);
  return {
    byRag: byRag.map((row) => ({ rag: row.rag, decided: row.decided, onTime: row.on_time })),
    decisionTimes,
    checksByAgency: checksByAgency.map((row) => ({
      agency: row.agency,
      asked: row.asked,
      answeredOnTime: row.on_time,
      answeredLate: row.late,
      openOverdue: row.open_overdue,
    })),
  };
}

// ---------------------------------------------------------------------------
// Threshold agreement

export interface AgreementFigures {
  /** Children decided, by the referrer's level and the MASH's. */
  matrix: { referrerLevel: number; decidedLevel: number; count: number }[];
  byAgency: (AgreementCounts & { organisationType: string })[];
  byOrganisation: (AgreementCounts & { organisationId: string; organisationName: string })[];
  byMonth: (AgreementCounts & { month: string })[];
}

/** The organisations shown by name; the rest are in the CSV of the agency figures. */
const organisationsShown = 50;

export async function agreementFigures(q: Queryable, filters: ReportFilters): Promise<AgreementFigures> {
  const decidedChildren = sql`contacts c
    join decisions d on d.contact_id = c.id and ${standing}
    join child_decisions cd on cd.decision_id = d.id`;
  // A member of the public suggests no level, so there is nothing to agree with.
  const where = sql`${receivedIn(filters.window)} and ${contactFilters(filters)} and c.referrer_level is not null`;
  // The four figures in one pass over the decided children (grouping sets), where four queries read them four times.
  const month = sql`to_char(date_trunc('month', c.received_at at time zone 'Europe/London'), 'YYYY-MM')`;
  const grouped = await rows<
    AgreementCounts & {
      figure: "matrix" | "agency" | "organisation" | "month";
      referrer_level: number;
      decided_level: number;
      organisation_type: string | null;
      organisation_id: string | null;
      organisation_name: string;
      month: string;
    }
  >(
    q,
    sql`
      select case when grouping(c.referrer_level) = 0 then 'matrix' when grouping(o.type) = 0 then 'agency'
          when grouping(o.id) = 0 then 'organisation' else 'month' end as figure,
        c.referrer_level, cd.decided_level, o.type::text as organisation_type, o.id as organisation_id,
        o.name as organisation_name, ${month} as month, ${agreementColumns}
      from ${decidedChildren} left join organisations o on o.id = c.organisation_id
      where ${where}
      group by grouping sets ((c.referrer_level, cd.decided_level), (o.type), (o.id, o.name), (${month}))`,
  );
  const of = (figure: (typeof grouped)[number]["figure"]) => grouped.filter((row) => row.figure === figure);
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const matrix = of("matrix")
    .map((row) => ({ ...row, count: row.decided }))
    .sort((a, b) => a.referrer_level - b.referrer_level || a.decided_level - b.decided_level);
  const byAgency = of("agency")
    .filter((row): row is typeof row & { organisation_type: string } => row.organisation_type !== null)
    .sort((a, b) => byText(a.organisation_type, b.organisation_type));
  const byOrganisation = of("organisation")
    .filter((row): row is typeof row & { organisation_id: string } => row.organisation_id !== null)
    .sort((a, b) => b.decided - a.decided || byText(a.organisation_name, b.organisation_name))
    .slice(0, organisationsShown);
  const byMonth = of("month").sort((a, b) => byText(a.month, b.month));
  const counts = (row: AgreementCounts): AgreementCounts => ({
    decided: row.decided,
    agreed: row.agreed,
    lower: row.lower,
    higher: row.higher,
  });
  return {
    matrix: matrix.map((row) => ({
      referrerLevel: row.referrer_level,
      decidedLevel: row.decided_level,
      count: row.count,
    })),
    byAgency: byAgency.map((row) => ({ organisationType: row.organisation_type, ...counts(row) })),
    byOrganisation: byOrganisation.map((row) => ({
      organisationId: row.organisation_id,
      organisationName: row.organisation_name,
      ...counts(row),
    })),
    byMonth: byMonth.map((row) => ({ month: row.month, ...counts(row) })),
  };
}

// ---------------------------------------------------------------------------
