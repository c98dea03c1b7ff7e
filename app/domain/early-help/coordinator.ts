/** How long a council lets a plan stay open before its coordinator looks again (the default: a year). */
export interface CoordinatorPolicy {
  openLongerThanMonths: number;
}

/**
 * What the coordinator's view flags on an open plan. The rules are worked out
 * in PostgreSQL (`app/services/early-help-coordinator.server.ts`), so the view
 * reads only the plans it lists however many are open.
 */
export type CoordinatorFlag = "no_lead_professional" | "review_overdue" | "open_too_long";
