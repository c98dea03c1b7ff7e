import { eq, inArray, sql, type SQL } from "drizzle-orm";
import { earlyHelpPlans, stepDownRequests } from "#db/schema";
import { db } from "~/db.server";
import { calendarDate } from "~/domain/early-help/calendar-date";
import type { CoordinatorFlag } from "~/domain/early-help/coordinator";
import { openPlanStatuses, type PlanStatus } from "~/domain/early-help/plan-status";
import { reviewableStatuses } from "~/domain/early-help/reviews";
import { earlyHelpSettings } from "./early-help-settings.server";
import { nextReviewDueSql, summarise, type PlanListItem } from "./early-help-lists.server";

/** A flag's plans, the most pressing first, as many as a page shows, and how many have it in all. */
export interface FlaggedPlans {
  plans: PlanListItem[];
  total: number;
}

/** Each flag lists this many plans: a large council has thousands open, and the first screenful is what gets done. */
const coordinatorListSize = 50;

export interface CoordinatorView {
  withoutLead: FlaggedPlans;
  reviewOverdue: FlaggedPlans;
  openTooLong: FlaggedPlans;
  openLongerThanMonths: number;
  stepDownsWaiting: number;
  stepDownsOverdue: number;
}

/**
 * The open plans under each flag, worked out by PostgreSQL, with each flag's
 * count and its longest waiting plans (by start, or by the review longest
 * overdue). "No lead professional" looks at the person, not the status, so a
 * plan whose lead was taken off is caught as well as one never allocated.
 * Only plans whose team meets (`reviewableStatuses`) can have an overdue
 * review. A review on its due date is not late, nor is a plan open exactly the
 * council's limit.
 */
export function flaggedPlansQuery(today: string, openLongerThanMonths: number, listSize: number): SQL {
  return sql`
    with open_plans as (
      select p.id, p.reference, p.status, p.started_on, p.lead_professional_id is null as without_lead,
        ${nextReviewDueSql({ nextReviewOn: sql`p.next_review_on`, startedOn: sql`p.started_on` })} as next_review_due
      from early_help_plans p
      where p.status in ${statusList(openPlanStatuses)}
    ), flagged as (
      select 'no_lead_professional' as flag, id, reference, started_on as waiting_since
      from open_plans where without_lead
      union all
      select 'review_overdue', id, reference, next_review_due
      from open_plans where status in ${statusList(reviewableStatuses)} and next_review_due < ${today}::date
      union all
      select 'open_too_long', id, reference, started_on
      from open_plans where (started_on + make_interval(months => ${openLongerThanMonths}::int))::date < ${today}::date
    )
    select flag, id, total::int from (
      select flag, id, count(*) over (partition by flag) as total,
        row_number() over (partition by flag order by waiting_since, reference) as place
      from flagged
    ) ranked
    where place <= ${listSize}::int
    order by place`;
}

const statusList = (statuses: readonly PlanStatus[]) =>
  sql`(${sql.join(
    statuses.map((status) => sql`${status}`),
    sql`, `,
  )})`;

/**
 * What an early help manager must act on: the open plans under each flag,
 * the longest waiting first, fifty to a flag. PostgreSQL works out every
 * open plan's flags from the plan rows alone (each keeps its next review), and
 * only the plans listed are read into the service.
 */
export async function coordinatorView(
  now: Date = new Date(),
  listSize = coordinatorListSize,
): Promise<CoordinatorView> {
  const { coordinatorPolicy } = earlyHelpSettings();
  const [flagged, pending] = await Promise.all([
    db().execute<{ flag: CoordinatorFlag; id: string; total: number }>(
      flaggedPlansQuery(calendarDate(now), coordinatorPolicy.openLongerThanMonths, listSize),
    ),
    db().select({ dueAt: stepDownRequests.dueAt }).from(stepDownRequests).where(eq(stepDownRequests.status, "pending")),
  ]);
  const ids = [...new Set(flagged.map(({ id }) => id))];
  const plans = ids.length === 0 ? [] : await db().select().from(earlyHelpPlans).where(inArray(earlyHelpPlans.id, ids));
  const items = new Map((await summarise(plans, now)).map((item) => [item.id, item]));
  const withFlag = (flag: CoordinatorFlag): FlaggedPlans => {
    const rows = flagged.filter((row) => row.flag === flag);
    return { plans: rows.map(({ id }) => items.get(id)!), total: rows[0]?.total ?? 0 };
  };
  return {
    withoutLead: withFlag("no_lead_professional"),
    reviewOverdue: withFlag("review_overdue"),
    openTooLong: withFlag("open_too_long"),
    openLongerThanMonths: coordinatorPolicy.openLongerThanMonths,
    stepDownsWaiting: pending.length,
    stepDownsOverdue: pending.filter((request) => request.dueAt < now).length,
  };
}
