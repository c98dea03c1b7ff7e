import { eq, sql, type SQL } from "drizzle-orm";
import { stepDownRequests } from "#db/schema";
import { db } from "~/db.server";
import { calendarDate, type IsoDate } from "~/domain/early-help/calendar-date";
import { childName } from "~/domain/early-help/child-name";
import type { CoordinatorFlag } from "~/domain/early-help/coordinator";
import { openPlanStatuses, type PlanStatus } from "~/domain/early-help/plan-status";
import { reviewableStatuses } from "~/domain/early-help/reviews";
import { earlyHelpSettings } from "./early-help-settings.server";
import { nextReviewDueSql, type PlanListItem } from "./early-help-lists.server";

/** A plan as the coordinator's view lists it: who, which plan, its state, its lead, and since when it waits. */
type CoordinatorPlan = Pick<
  PlanListItem,
  "id" | "reference" | "status" | "childNames" | "startedOn" | "leadProfessionalName"
> & { nextReviewDue: IsoDate };

/** A flag's plans, the most pressing first, as many as a page shows, and how many have it in all. */
export interface FlaggedPlans {
  plans: CoordinatorPlan[];
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
 * overdue), each with what the view shows of it. "No lead professional" looks
 * at the person, not the status, so a plan whose lead was taken off is caught
 * as well as one never allocated. Only plans whose team meets
 * (`reviewableStatuses`) can have an overdue review. A review on its due date
 * is not late, nor is a plan open exactly the council's limit.
 */
export function flaggedPlansQuery(today: string, openLongerThanMonths: number, listSize: number): SQL {
  return sql`
    with open_plans as (
      select p.id, p.reference, p.status, p.started_on, p.lead_professional_id,
        ${nextReviewDueSql({ nextReviewOn: sql`p.next_review_on`, startedOn: sql`p.started_on` })} as next_review_due
      from early_help_plans p
      where p.status in ${statusList(openPlanStatuses)}
    ), flagged as (
      select 'no_lead_professional' as flag, started_on as waiting_since, *
      from open_plans where lead_professional_id is null
      union all
      select 'review_overdue', next_review_due, *
      from open_plans where status in ${statusList(reviewableStatuses)} and next_review_due < ${today}::date
      union all
      select 'open_too_long', started_on, *
      from open_plans where (started_on + make_interval(months => ${openLongerThanMonths}::int))::date < ${today}::date
    ), ranked as (
      select *, count(*) over (partition by flag) as total,
        row_number() over (partition by flag order by waiting_since, reference) as place
      from flagged
    )
    select ranked.flag, ranked.total::int as total, ranked.id, ranked.reference, ranked.status,
      ranked.started_on::text as "startedOn", ranked.next_review_due::text as "nextReviewDue",
      lead.name as "leadProfessionalName",
      (select json_agg(json_build_object('firstName', c.first_name, 'lastName', c.last_name) order by c.position)
        from early_help_plan_children c where c.plan_id = ranked.id) as children
    from ranked
    left join users lead on lead.id = ranked.lead_professional_id
    where ranked.place <= ${listSize}::int
    order by ranked.place`;
}

type FlaggedRow = Omit<CoordinatorPlan, "childNames"> & {
  flag: CoordinatorFlag;
  total: number;
  children: { firstName: string | null; lastName: string }[] | null;
};

const statusList = (statuses: readonly PlanStatus[]) =>
  sql`(${sql.join(
    statuses.map((status) => sql`${status}`),
    sql`, `,
  )})`;

/**
 * What an early help manager must act on: the open plans under each flag,
 * the longest waiting first, fifty to a flag. One statement works out every
 * open plan's flags from the plan rows alone (each keeps its next review) and
 * brings back what the view shows of the plans listed.
 */
export async function coordinatorView(
  now: Date = new Date(),
  listSize = coordinatorListSize,
): Promise<CoordinatorView> {
  const { coordinatorPolicy } = earlyHelpSettings();
  const [flagged, pending] = await Promise.all([
    db().execute<FlaggedRow>(flaggedPlansQuery(calendarDate(now), coordinatorPolicy.openLongerThanMonths, listSize)),
    db().select({ dueAt: stepDownRequests.dueAt }).from(stepDownRequests).where(eq(stepDownRequests.status, "pending")),
  ]);
  const withFlag = (flag: CoordinatorFlag): FlaggedPlans => {
    const rows = flagged.filter((row) => row.flag === flag);
    return {
      plans: rows.map(({ flag: _flag, total: _total, children, ...plan }) => ({
        ...plan,
        childNames: (children ?? []).map(childName),
      })),
      total: rows[0]?.total ?? 0,
    };
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
