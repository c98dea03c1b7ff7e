import { sql, type SQL } from "drizzle-orm";
import type { Queryable } from "#db/connection";
import { addDays } from "~/domain/reports/window";
import { earlyHelpSettings } from "./early-help-settings.server";
import { rows, startOfDay, type ReportFilters } from "./report-sql.server";

// Early help (or Family Help)

/**
 * The dashboard's filters as they apply to early help. A plan or a step-down
 * keeps the source and the referrer's organisation of the contact it came
 * from (one started without a contact has neither, so it drops out when
 * either is chosen); its team is the lead practitioner's for a plan, and the
 * social care team that asked for a step-down.
 */
function fromContact(contactId: SQL, filters: Omit<ReportFilters, "window">): SQL[] {
  const parts: SQL[] = [];
  if (filters.source) {
    parts.push(
      sql`exists (select 1 from contacts c where c.id = ${contactId} and c.referral_source = ${filters.source})`,
    );
  }
  if (filters.organisationId) {
    parts.push(
      sql`exists (select 1 from contacts c where c.id = ${contactId} and c.organisation_id = ${filters.organisationId}::uuid)`,
    );
  }
  return parts;
}

/** Plans (aliased `p`) within the filters. */
function planFilters(filters: Omit<ReportFilters, "window">): SQL {
  const parts = [sql`true`, ...fromContact(sql`p.contact_id`, filters)];
  if (filters.teamId) {
    parts.push(sql`p.lead_professional_id in (select id from users where organisation_id = ${filters.teamId}::uuid)`);
  }
  return sql.join(parts, sql` and `);
}

/** Step-down requests (aliased `sd`) within the filters. */
function stepDownFilters(filters: Omit<ReportFilters, "window">): SQL {
  const parts = [sql`true`, ...fromContact(sql`sd.contact_id`, filters)];
  if (filters.teamId) parts.push(sql`sd.organisation_id = ${filters.teamId}::uuid`);
  return sql.join(parts, sql` and `);
}

export interface EarlyHelpFigures {
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

export async function earlyHelpFigures(q: Queryable, filters: ReportFilters): Promise<EarlyHelpFigures> {
  const { from, to } = filters.window;
  const plans = planFilters(filters);
  const firstReviewDays = earlyHelpSettings().reviewPolicy.intervalWeeks * 7;
  const [openPlans, reviews, goals, closures, stepUps, stepDowns] = await Promise.all([
    rows<{ status: string; count: number }>(
      q,
      sql`
      select p.status::text as status, count(*)::int as count
      from early_help_plans p where p.status <> 'closed' and ${plans} group by 1 order by 1`,
    ),
    rows<{ held: number; on_time: number }>(
      q,
      sql`
      with reviews as (
        select r.held_on,
          coalesce(lag(r.next_review_on) over (partition by r.plan_id order by r.held_on, r.recorded_at),
            p.started_on + ${firstReviewDays}::int) as due_on
        from early_help_reviews r join early_help_plans p on p.id = r.plan_id
        where r.plan_id in (select plan_id from early_help_reviews where held_on between ${from}::date and ${to}::date)
          and ${plans}
      )
      select count(*)::int as held, count(*) filter (where held_on <= due_on)::int as on_time
      from reviews where held_on between ${from}::date and ${to}::date`,
    ),
    rows<{ scored: number; improved: number; same: number; worse: number; average_change: string | null }>(
      q,
      sql`
      with latest as (
        select distinct on (s.goal_id) s.goal_id, s.score, s.scored_on
        from early_help_goal_scores s
        where s.goal_id in (select goal_id from early_help_goal_scores where scored_on between ${from}::date and ${to}::date)
        order by s.goal_id, s.scored_on desc, s.id
      )
      select count(*)::int as scored,
        count(*) filter (where l.score > g.baseline_score)::int as improved,
        count(*) filter (where l.score = g.baseline_score)::int as same,
        count(*) filter (where l.score < g.baseline_score)::int as worse,
        round(avg(l.score - g.baseline_score), 1)::text as average_change
      from latest l join early_help_goals g on g.id = l.goal_id join early_help_plans p on p.id = g.plan_id
      where l.scored_on between ${from}::date and ${to}::date and ${plans}`,
    ),
    rows<{ reason: string; count: number }>(
      q,
      sql`
      select p.closure_reason::text as reason, count(*)::int as count
      from early_help_plans p
      where p.closed_on between ${from}::date and ${to}::date and p.closure_reason is not null and ${plans}
      group by 1 order by 1`,
    ),
    rows<{
      requested: number;
      accepted: number;
      not_accepted: number;
      waiting: number;
      median_hours: string | null;
    }>(
      q,
      sql`
      select count(*)::int as requested,
        count(*) filter (where su.decision = 'accepted')::int as accepted,
        count(*) filter (where su.decision = 'not_accepted')::int as not_accepted,
        count(*) filter (where su.decision is null)::int as waiting,
        round((percentile_cont(0.5) within group (order by extract(epoch from su.decided_at - su.requested_at) / 3600))::numeric, 1)::text
          as median_hours
      from early_help_step_ups su join early_help_plans p on p.id = su.plan_id
      where su.requested_at >= ${startOfDay(from)} and su.requested_at < ${startOfDay(addDays(to, 1))} and ${plans}`,
    ),
    rows<{ sent: number; accepted: number; returned: number; waiting: number; median_hours: string | null }>(
      q,
      sql`
      select count(*)::int as sent,
        count(*) filter (where sd.status = 'accepted')::int as accepted,
        count(*) filter (where sd.status = 'returned')::int as returned,
        count(*) filter (where sd.status = 'pending')::int as waiting,
        round((percentile_cont(0.5) within group (order by extract(epoch from sd.decided_at - sd.submitted_at) / 3600)
          filter (where sd.status = 'accepted'))::numeric, 1)::text as median_hours
      from step_down_requests sd
      where sd.submitted_at >= ${startOfDay(from)} and sd.submitted_at < ${startOfDay(addDays(to, 1))}
        and ${stepDownFilters(filters)}`,
    ),
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
