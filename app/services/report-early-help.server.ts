import { sql } from "drizzle-orm";
import { addDays, type ReportWindow } from "~/domain/reports/window";
import { earlyHelpSettings } from "./early-help-settings.server";
import { rows, startOfDay } from "./report-sql.server";

// Early help (or Family Help)

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

export async function earlyHelpFigures(window: ReportWindow): Promise<EarlyHelpFigures> {
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
        from early_help_goal_scores s
        where s.goal_id in (select goal_id from early_help_goal_scores where scored_on between ${from}::date and ${to}::date)
        order by s.goal_id, s.scored_on desc, s.id
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
