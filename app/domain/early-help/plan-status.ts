import type { PlanOrigin } from "./plan";
import type { EarlyHelpMessageKey, Outcome } from "./validation";

export const planStatuses = ["awaiting_allocation", "active", "paused", "stepped_up_pending", "closed"] as const;
export type PlanStatus = (typeof planStatuses)[number];

export const planStatusLabels = {
  awaiting_allocation: "earlyHelp.status.awaitingAllocation",
  active: "earlyHelp.status.active",
  paused: "earlyHelp.status.paused",
  stepped_up_pending: "earlyHelp.status.steppedUpPending",
  closed: "earlyHelp.status.closed",
} as const satisfies Record<PlanStatus, EarlyHelpMessageKey>;

export type PlanEvent =
  | { type: "allocate_lead" }
  | { type: "pause" }
  | { type: "resume" }
  | { type: "request_step_up" }
  | { type: "step_up_decided"; accepted: boolean }
  | { type: "close" };
type PlanEventType = PlanEvent["type"];

type Cell = { to: PlanStatus } | { error: EarlyHelpMessageKey };

const closed = { error: "earlyHelp.status.error.closed" } as const;
const noLead = { error: "earlyHelp.status.error.noLeadProfessional" } as const;
const notPaused = { error: "earlyHelp.status.error.notPaused" } as const;
const noStepUp = { error: "earlyHelp.status.error.noStepUpPending" } as const;
const stepUpPending = { error: "earlyHelp.status.error.stepUpPending" } as const;

/**
 * Every status against every event, so no combination is decided by accident.
 *
 * - Allocating a lead to an allocated plan is a change of lead professional
 *   and leaves the status alone.
 * - Either answer to a step-up returns the plan to active: after an accepted
 *   step-up the lead professional still closes it, with final scores, so the
 *   family's progress goes with them to social care.
 * - A pending step-up blocks pausing and closing so the family cannot fall
 *   between early help and social care while the MASH decides.
 * - A paused plan cannot be stepped up, because a pause usually means consent
 *   was withdrawn; worries about a child then go to the MASH as a new contact,
 *   which does not need consent.
 */
const transitions: Record<PlanStatus, Record<PlanEventType, Cell>> = {
  awaiting_allocation: {
    allocate_lead: { to: "active" },
    pause: noLead,
    resume: notPaused,
    request_step_up: noLead,
    step_up_decided: noStepUp,
    close: { to: "closed" },
  },
  active: {
    allocate_lead: { to: "active" },
    pause: { to: "paused" },
    resume: notPaused,
    request_step_up: { to: "stepped_up_pending" },
    step_up_decided: noStepUp,
    close: { to: "closed" },
  },
  paused: {
    allocate_lead: { to: "paused" },
    pause: { error: "earlyHelp.status.error.alreadyPaused" },
    resume: { to: "active" },
    request_step_up: { error: "earlyHelp.status.error.stepUpWhilePaused" },
    step_up_decided: noStepUp,
    close: { to: "closed" },
  },
  stepped_up_pending: {
    allocate_lead: { to: "stepped_up_pending" },
    pause: stepUpPending,
    resume: notPaused,
    request_step_up: stepUpPending,
    step_up_decided: { to: "active" },
    close: stepUpPending,
  },
  closed: {
    allocate_lead: closed,
    pause: closed,
    resume: closed,
    request_step_up: closed,
    step_up_decided: closed,
    close: closed,
  },
};

export function transition(status: PlanStatus, event: PlanEvent): Outcome<{ status: PlanStatus }> {
  const cell = transitions[status][event.type];
  return "to" in cell ? { ok: true, status: cell.to } : { ok: false, error: cell.error };
}

/** A MASH decision still needs someone to take the plan on; a partner who starts one is already its lead. */
export function initialStatus(origin: PlanOrigin): PlanStatus {
  return origin.type === "partner" ? "active" : "awaiting_allocation";
}

/** Every status but closed, as a list: a query for open plans can then use the index on status. */
export const openPlanStatuses: readonly PlanStatus[] = planStatuses.filter((status) => status !== "closed");

/** Closed is final: nothing about a closed plan changes, and more help for the family starts a new plan. */
export function isOpen(plan: { status: PlanStatus }): boolean {
  return plan.status !== "closed";
}
