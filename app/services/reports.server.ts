import { sql, type SQL } from "drizzle-orm";
import { organisations } from "#db/schema";
import { db } from "~/db.server";
import { statusesAwaitingDecision } from "~/domain/mash/contact-status";
import {
  bandCaseSql,
  decisionTimeBands,
  waitingAgeBands,
  type DecisionTimeBand,
  type WaitingAgeBand,
} from "~/domain/reports/rates";
import { nfaOutcomeId, repeatMonths } from "~/domain/reports/counting";
import { addDays, type ReportWindow } from "~/domain/reports/window";
import { findDescriptor } from "~/domain/thresholds/document";
import { recordAudit, type AuditActor } from "./audit.server";
import { earlyHelpSettings } from "./early-help-settings.server";
import { thresholdDocumentById } from "./thresholds.server";

/**
 * The front door dashboard's figures. Each is one SQL aggregate (GROUP BY,
 * FILTER, window functions) over indexed columns, so a figure costs the same
 * whether it summarises a hundred contacts or a million: no row list ever
 * reaches Node.
 */

/** What a manager narrows the dashboard to. The window applies to every figure but "today". */
export interface ReportFilters {
  window: ReportWindow;
  /** A census referral source code. */
  source?: string;
  /** The referrer's organisation. */
  organisationId?: string;
  /** The council team (organisation) of the screener the contact is assigned to. */
  teamId?: string;
}

type Row = Record<string, unknown>;

async function rows<T>(query: SQL): Promise<T[]> {
  return (await db().execute(query)) as unknown as T[];
}

/** The start of a day in UK time, as a timestamp. */
function startOfDay(iso: string): SQL {
  return sql`(${iso}::date)::timestamp at time zone 'Europe/London'`;
}

function instant(date: Date): SQL {
  return sql`${date.toISOString()}::timestamptz`;
}

/** Contacts (aliased `c`) received in the window. */
function receivedIn(window: ReportWindow): SQL {
  return sql`c.received_at >= ${startOfDay(window.from)} and c.received_at < ${startOfDay(addDays(window.to, 1))}`;
}

/** The source, organisation and team filters on contacts aliased `c`. */
function contactFilters(filters: Omit<ReportFilters, "window">): SQL {
  const parts: SQL[] = [sql`true`];
  if (filters.source) parts.push(sql`c.referral_source = ${filters.source}`);
  if (filters.organisationId) parts.push(sql`c.organisation_id = ${filters.organisationId}::uuid`);
  if (filters.teamId) {
    parts.push(sql`c.assigned_to in (select id from users where organisation_id = ${filters.teamId}::uuid)`);
  }
  return sql.join(parts, sql` and `);
}

const awaitingDecision = sql.raw(`(${statusesAwaitingDecision.map((status) => `'${status}'`).join(", ")})`);
/** A decision that stands: recorded without sign-off, or approved. */
const standing = sql.raw(`d.state in ('recorded', 'approved')`);

// ---------------------------------------------------------------------------
// Today, at a glance

interface TodayFigures {
  waiting: { rag: string; age: WaitingAgeBand; count: number }[];
  overdueScreening: number;
  overdueDecision: number;
  checksOverdue: { agency: string; count: number }[];
  signOffsWaiting: number;
  stepDownsWaiting: number;
  stepDownsOverdue: number;
}

async function todayFigures(filters: Omit<ReportFilters, "window">, now: Date): Promise<TodayFigures> {
  const hoursWaiting = `extract(epoch from ('${now.toISOString()}'::timestamptz - c.received_at)) / 3600`;
  const [waiting, overdue, checks, signOffs, stepDowns] = await Promise.all([
    rows<{ rag: string; age: WaitingAgeBand; count: number }>(sql`
      select coalesce(c.rag::text, 'unrated') as rag, ${sql.raw(bandCaseSql(waitingAgeBands, hoursWaiting))} as age,
        count(*)::int as count
      from contacts c
      where c.status in ${awaitingDecision} and ${contactFilters(filters)}
      group by 1, 2`),
    rows<{ screening: number; decision: number }>(sql`
      select count(*) filter (where c.screening_due_at < ${instant(now)})::int as screening,
        count(*) filter (where c.decision_due_at < ${instant(now)})::int as decision
      from contacts c
      where c.status in ${awaitingDecision} and ${contactFilters(filters)}`),
    rows<{ agency: string; count: number }>(sql`
      select ic.agency::text as agency, count(*)::int as count
      from information_checks ic join contacts c on c.id = ic.contact_id
      where ic.answered_at is null and ic.due_at < ${instant(now)} and c.status in ${awaitingDecision} and ${contactFilters(filters)}
      group by 1`),
    rows<{ count: number }>(sql`
      select count(*)::int as count
      from decisions d join contacts c on c.id = d.contact_id
      where d.state = 'awaiting_sign_off' and ${contactFilters(filters)}`),
    rows<{ waiting: number; overdue: number }>(sql`
      select count(*)::int as waiting, count(*) filter (where due_at < ${instant(now)})::int as overdue
      from step_down_requests where status = 'pending'`),
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

interface VolumeFigures {
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

async function volumeFigures(filters: ReportFilters): Promise<VolumeFigures> {
  const where = sql`${receivedIn(filters.window)} and ${contactFilters(filters)}`;
  const [weekly, outcomesBySource, repeats, reReferrals] = await Promise.all([
    rows<{ week: string; source: string; count: number }>(sql`
      select to_char(date_trunc('week', c.received_at at time zone 'Europe/London'), 'YYYY-MM-DD') as week,
        c.referral_source as source, count(*)::int as count
      from contacts c where ${where}
      group by 1, 2 order by 1, 2`),
    rows<{ source: string; decided: number; referrals: number; nfa: number; referrals_nfa: number }>(sql`
      select c.referral_source as source, count(*)::int as decided,
        count(r.id)::int as referrals,
        count(*) filter (where cd.outcome = ${nfaOutcomeId})::int as nfa,
        count(*) filter (where r.nfa)::int as referrals_nfa
      from contacts c
        join decisions d on d.contact_id = c.id and ${standing}
        join child_decisions cd on cd.decision_id = d.id
        left join referrals r on r.contact_child_id = cd.contact_child_id
      where ${where}
      group by 1 order by 1`),
    rows<{ children: number; linked: number; repeat_contacts: number }>(sql`
      select count(*)::int as children, count(cc.person_id)::int as linked,
        count(*) filter (where exists (
          select 1 from contact_children ec join contacts e on e.id = ec.contact_id
          where ec.person_id = cc.person_id and e.id <> c.id
            and e.received_at < c.received_at
            and e.received_at >= c.received_at - ${sql.raw(`interval '${repeatMonths} months'`)}
        ))::int as repeat_contacts
      from contacts c join contact_children cc on cc.contact_id = c.id
      where ${where}`),
    rows<{ referrals: number; re_referrals: number }>(sql`
      select count(*)::int as referrals,
        count(*) filter (where r.referrals_in_previous_12_months > 0)::int as re_referrals
      from referrals r join contacts c on c.id = r.contact_id
      where r.referral_date between ${filters.window.from}::date and ${filters.window.to}::date
        and ${contactFilters(filters)}`),
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

interface TimelinessFigures {
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

async function timelinessFigures(filters: ReportFilters, now: Date): Promise<TimelinessFigures> {
  const where = sql`${receivedIn(filters.window)} and ${contactFilters(filters)}`;
  const hoursToDecision = "extract(epoch from (c.decided_at - c.received_at)) / 3600";
  const [byRag, decisionTimes, checksByAgency] = await Promise.all([
    rows<{ rag: string; decided: number; on_time: number }>(sql`
      select coalesce(c.rag::text, 'unrated') as rag, count(*)::int as decided,
        count(*) filter (where c.decided_at <= c.decision_due_at)::int as on_time
      from contacts c where c.status = 'decided' and ${where}
      group by 1`),
    rows<{ band: DecisionTimeBand; count: number }>(sql`
      select ${sql.raw(bandCaseSql(decisionTimeBands, hoursToDecision))} as band, count(*)::int as count
      from contacts c where c.status = 'decided' and ${where}
      group by 1`),
    rows<{ agency: string; asked: number; on_time: number; late: number; open_overdue: number }>(sql`
      select ic.agency::text as agency, count(*)::int as asked,
        count(*) filter (where ic.answered_at <= ic.due_at)::int as on_time,
        count(*) filter (where ic.answered_at > ic.due_at)::int as late,
        count(*) filter (where ic.answered_at is null and ic.due_at < ${instant(now)})::int as open_overdue
      from information_checks ic join contacts c on c.id = ic.contact_id
      where ic.requested_at >= ${startOfDay(filters.window.from)}
        and ic.requested_at < ${startOfDay(addDays(filters.window.to, 1))} and ${contactFilters(filters)}
      group by ic.agency order by ic.agency`),
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

interface AgreementCounts {
  decided: number;
  agreed: number;
  lower: number;
  higher: number;
}

interface AgreementFigures {
  /** Children decided, by the referrer's level and the MASH's. */
  matrix: { referrerLevel: number; decidedLevel: number; count: number }[];
  byAgency: (AgreementCounts & { organisationType: string })[];
  byOrganisation: (AgreementCounts & { organisationId: string; organisationName: string })[];
  byMonth: (AgreementCounts & { month: string })[];
}

/** The agreement counts for children (`cd`) of contacts (`c`). */
const agreementColumns = sql`count(*)::int as decided,
  count(*) filter (where cd.decided_level = c.referrer_level)::int as agreed,
  count(*) filter (where cd.decided_level < c.referrer_level)::int as lower,
  count(*) filter (where cd.decided_level > c.referrer_level)::int as higher`;

/** The organisations shown by name; the rest are in the CSV of the agency figures. */
const organisationsShown = 50;

async function agreementFigures(filters: ReportFilters): Promise<AgreementFigures> {
  const decidedChildren = sql`contacts c
    join decisions d on d.contact_id = c.id and ${standing}
    join child_decisions cd on cd.decision_id = d.id`;
  // A member of the public suggests no level, so there is nothing to agree with.
  const where = sql`${receivedIn(filters.window)} and ${contactFilters(filters)} and c.referrer_level is not null`;
  const [matrix, byAgency, byOrganisation, byMonth] = await Promise.all([
    rows<{ referrer_level: number; decided_level: number; count: number }>(sql`
      select c.referrer_level, cd.decided_level, count(*)::int as count
      from ${decidedChildren} where ${where}
      group by 1, 2 order by 1, 2`),
    rows<AgreementCounts & { organisation_type: string }>(sql`
      select o.type::text as organisation_type, ${agreementColumns}
      from ${decidedChildren} join organisations o on o.id = c.organisation_id
      where ${where}
      group by 1 order by 1`),
    rows<AgreementCounts & { organisation_id: string; organisation_name: string }>(sql`
      select o.id as organisation_id, o.name as organisation_name, ${agreementColumns}
      from ${decidedChildren} join organisations o on o.id = c.organisation_id
      where ${where}
      group by 1, 2 order by 3 desc, 2 limit ${organisationsShown}`),
    rows<AgreementCounts & { month: string }>(sql`
      select to_char(date_trunc('month', c.received_at at time zone 'Europe/London'), 'YYYY-MM') as month,
        ${agreementColumns}
      from ${decidedChildren} where ${where}
      group by 1 order by 1`),
  ]);
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
// Early help (or Family Help)

interface EarlyHelpFigures {
  /** Plans not closed, now, by status. */
  openPlans: { status: string; count: number }[];
  /** Reviews held in the window, and how many by the date the plan had set for them. */
  reviews: { held: number; onTime: number };
  /** Goals whose latest score falls in the window, against their baseline. */
  goals: { scored: number; improved: number; same: number; worse: number; averageChange: number | null };
  closures: { reason: string; count: number }[];
  stepUps: {
    requested: number;
    accepted: number;
    notAccepted: number;
    waiting: number;
    medianHoursToDecision: number | null;
  };
  stepDowns: {
    sent: number;
    accepted: number;
    returned: number;
    waiting: number;
    medianHoursToAcceptance: number | null;
  };
}

async function earlyHelpFigures(window: ReportWindow): Promise<EarlyHelpFigures> {
  const from = window.from;
  const to = window.to;
  const firstReviewDays = earlyHelpSettings().reviewPolicy.intervalWeeks * 7;
  const [openPlans, reviews, goals, closures, stepUps, stepDowns] = await Promise.all([
    rows<{ status: string; count: number }>(sql`
      select status::text as status, count(*)::int as count
      from early_help_plans where status <> 'closed' group by 1 order by 1`),
    rows<{ held: number; on_time: number }>(sql`
      with reviews as (
        select r.held_on,
          coalesce(lag(r.next_review_on) over (partition by r.plan_id order by r.held_on, r.recorded_at),
            p.started_on + ${firstReviewDays}::int) as due_on
        from early_help_reviews r join early_help_plans p on p.id = r.plan_id
        where r.plan_id in (select plan_id from early_help_reviews where held_on between ${from}::date and ${to}::date)
      )
      select count(*)::int as held, count(*) filter (where held_on <= due_on)::int as on_time
      from reviews where held_on between ${from}::date and ${to}::date`),
    rows<{ scored: number; improved: number; same: number; worse: number; average_change: string | null }>(sql`
      with latest as (
        select distinct on (s.goal_id) s.goal_id, s.score, s.scored_on
        from early_help_goal_scores s order by s.goal_id, s.scored_on desc, s.id
      )
      select count(*)::int as scored,
        count(*) filter (where l.score > g.baseline_score)::int as improved,
        count(*) filter (where l.score = g.baseline_score)::int as same,
        count(*) filter (where l.score < g.baseline_score)::int as worse,
        round(avg(l.score - g.baseline_score), 1)::text as average_change
      from latest l join early_help_goals g on g.id = l.goal_id
      where l.scored_on between ${from}::date and ${to}::date`),
    rows<{ reason: string; count: number }>(sql`
      select closure_reason::text as reason, count(*)::int as count
      from early_help_plans where closed_on between ${from}::date and ${to}::date and closure_reason is not null
      group by 1 order by 1`),
    rows<{
      requested: number;
      accepted: number;
      not_accepted: number;
      waiting: number;
      median_hours: string | null;
    }>(sql`
      select count(*)::int as requested,
        count(*) filter (where decision = 'accepted')::int as accepted,
        count(*) filter (where decision = 'not_accepted')::int as not_accepted,
        count(*) filter (where decision is null)::int as waiting,
        round((percentile_cont(0.5) within group (order by extract(epoch from decided_at - requested_at) / 3600))::numeric, 1)::text
          as median_hours
      from early_help_step_ups
      where requested_at >= ${startOfDay(from)} and requested_at < ${startOfDay(addDays(to, 1))}`),
    rows<{ sent: number; accepted: number; returned: number; waiting: number; median_hours: string | null }>(sql`
      select count(*)::int as sent,
        count(*) filter (where status = 'accepted')::int as accepted,
        count(*) filter (where status = 'returned')::int as returned,
        count(*) filter (where status = 'pending')::int as waiting,
        round((percentile_cont(0.5) within group (order by extract(epoch from decided_at - submitted_at) / 3600)
          filter (where status = 'accepted'))::numeric, 1)::text as median_hours
      from step_down_requests
      where submitted_at >= ${startOfDay(from)} and submitted_at < ${startOfDay(addDays(to, 1))}`),
  ]);
  const number = (value: string | null | undefined) => (value === null || value === undefined ? null : Number(value));
  const goal = goals[0];
  const up = stepUps[0];
  const down = stepDowns[0];
  return {
    openPlans,
    reviews: { held: reviews[0]?.held ?? 0, onTime: reviews[0]?.on_time ?? 0 },
    goals: {
      scored: goal?.scored ?? 0,
      improved: goal?.improved ?? 0,
      same: goal?.same ?? 0,
      worse: goal?.worse ?? 0,
      averageChange: number(goal?.average_change),
    },
    closures,
    stepUps: {
      requested: up?.requested ?? 0,
      accepted: up?.accepted ?? 0,
      notAccepted: up?.not_accepted ?? 0,
      waiting: up?.waiting ?? 0,
      medianHoursToDecision: number(up?.median_hours),
    },
    stepDowns: {
      sent: down?.sent ?? 0,
      accepted: down?.accepted ?? 0,
      returned: down?.returned ?? 0,
      waiting: down?.waiting ?? 0,
      medianHoursToAcceptance: number(down?.median_hours),
    },
  };
}

// ---------------------------------------------------------------------------
// The dashboard

export interface Dashboard {
  today: TodayFigures;
  volumes: VolumeFigures;
  timeliness: TimelinessFigures;
  agreement: AgreementFigures;
  earlyHelp: EarlyHelpFigures;
}

export async function dashboard(filters: ReportFilters, now: Date): Promise<Dashboard> {
  const [today, volumes, timeliness, agreement, earlyHelp] = await Promise.all([
    todayFigures(filters, now),
    volumeFigures(filters),
    timelinessFigures(filters, now),
    agreementFigures(filters),
    earlyHelpFigures(filters.window),
  ]);
  return { today, volumes, timeliness, agreement, earlyHelp };
}

/** The organisations and council teams the filters offer. */
export async function filterChoices(): Promise<{
  organisations: { id: string; name: string }[];
  teams: { id: string; name: string }[];
}> {
  const all = await db()
    .select({ id: organisations.id, name: organisations.name, type: organisations.type })
    .from(organisations)
    .orderBy(organisations.name);
  const councilTeams = new Set(["mash", "early_help", "social_care"]);
  return {
    organisations: all.map(({ id, name }) => ({ id, name })),
    teams: all.filter((organisation) => councilTeams.has(organisation.type)).map(({ id, name }) => ({ id, name })),
  };
}

/** The dashboard was seen, with what it was narrowed to: figures about children are still personal data in aggregate. */
export async function auditDashboardView(actor: AuditActor, filters: ReportFilters, page: string): Promise<void> {
  await recordAudit(db(), actor, { action: "reports.viewed", details: { page, ...filtersForAudit(filters) } });
}

/** A figure's table was downloaded: every export is audited. */
export async function auditFigureExport(actor: AuditActor, filters: ReportFilters, figure: string): Promise<void> {
  await recordAudit(db(), actor, {
    action: "reports.figureExported",
    subjectType: "report",
    subjectId: figure,
    details: { figure, ...filtersForAudit(filters) },
  });
}

function filtersForAudit(filters: ReportFilters): Row {
  return {
    from: filters.window.from,
    to: filters.window.to,
    source: filters.source ?? null,
    organisationId: filters.organisationId ?? null,
    teamId: filters.teamId ?? null,
  };
}

// ---------------------------------------------------------------------------
// A partner organisation's own view

export interface OrganisationFigures {
  /** Contacts the organisation made each month. */
  contactsByMonth: { month: string; count: number }[];
  /** Its children's outcomes, from decisions that stand. */
  outcomes: { outcome: string; count: number }[];
  agreementByMonth: (AgreementCounts & { month: string })[];
  /** The descriptors it chose most often on contacts where the MASH decided a lower level for a child. */
  descriptorsDecidedLower: { descriptorId: string; text: string; level: number | null; count: number }[];
}

/**
 * Only ever the organisation's own contacts: every query is scoped by
 * `organisationId`, which the route takes from the signed-in partner, never
 * from the request.
 */
export async function organisationFigures(organisationId: string, window: ReportWindow): Promise<OrganisationFigures> {
  const where = sql`${receivedIn(window)} and c.organisation_id = ${organisationId}::uuid`;
  const decidedChildren = sql`contacts c
    join decisions d on d.contact_id = c.id and ${standing}
    join child_decisions cd on cd.decision_id = d.id`;
  const [contactsByMonth, outcomes, agreement, descriptors] = await Promise.all([
    rows<{ month: string; count: number }>(sql`
      select to_char(date_trunc('month', c.received_at at time zone 'Europe/London'), 'YYYY-MM') as month,
        count(*)::int as count
      from contacts c where ${where} group by 1 order by 1`),
    rows<{ outcome: string; count: number }>(sql`
      select cd.outcome, count(*)::int as count from ${decidedChildren} where ${where}
      group by 1 order by 2 desc, 1`),
    rows<AgreementCounts & { month: string }>(sql`
      select to_char(date_trunc('month', c.received_at at time zone 'Europe/London'), 'YYYY-MM') as month,
        ${agreementColumns}
      from ${decidedChildren} where ${where} and c.referrer_level is not null
      group by 1 order by 1`),
    rows<{ descriptor_id: string; threshold_document_id: string; count: number }>(sql`
      select descriptor_id, c.threshold_document_id, count(*)::int as count
      from contacts c cross join lateral unnest(c.descriptor_ids) as descriptor_id
      where ${where} and exists (
        select 1 from decisions d join child_decisions cd on cd.decision_id = d.id
        where d.contact_id = c.id and ${standing} and cd.decided_level < c.referrer_level
      )
      group by 1, 2 order by 3 desc, 1 limit 10`),
  ]);
  const documents = new Map<string, Awaited<ReturnType<typeof thresholdDocumentById>>>();
  for (const id of new Set(descriptors.map((row) => row.threshold_document_id))) {
    documents.set(id, await thresholdDocumentById(id));
  }
  return {
    contactsByMonth,
    outcomes,
    agreementByMonth: agreement.map((row) => ({
      month: row.month,
      decided: row.decided,
      agreed: row.agreed,
      lower: row.lower,
      higher: row.higher,
    })),
    descriptorsDecidedLower: descriptors.map((row) => {
      const document = documents.get(row.threshold_document_id)?.document;
      const descriptor = document ? findDescriptor(document, row.descriptor_id) : undefined;
      return {
        descriptorId: row.descriptor_id,
        text: descriptor?.text ?? row.descriptor_id,
        level: descriptor?.level ?? null,
        count: row.count,
      };
    }),
  };
}
