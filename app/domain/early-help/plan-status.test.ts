import { describe, expect, it } from "vitest";
import { initialStatus, isOpen, planStatuses, transition, type PlanEvent, type PlanStatus } from "./plan-status";

const events: Record<string, PlanEvent> = {
  allocate_lead: { type: "allocate_lead" },
  pause: { type: "pause" },
  resume: { type: "resume" },
  request_step_up: { type: "request_step_up" },
  accepted: { type: "step_up_decided", accepted: true },
  not_accepted: { type: "step_up_decided", accepted: false },
  close: { type: "close" },
};

const expected: Record<PlanStatus, Record<keyof typeof events, string>> = {
  awaiting_allocation: {
    allocate_lead: "active",
    pause: "earlyHelp.status.error.noLeadProfessional",
    resume: "earlyHelp.status.error.notPaused",
    request_step_up: "earlyHelp.status.error.noLeadProfessional",
    accepted: "earlyHelp.status.error.noStepUpPending",
    not_accepted: "earlyHelp.status.error.noStepUpPending",
    close: "closed",
  },
  active: {
    allocate_lead: "active",
    pause: "paused",
    resume: "earlyHelp.status.error.notPaused",
    request_step_up: "stepped_up_pending",
    accepted: "earlyHelp.status.error.noStepUpPending",
    not_accepted: "earlyHelp.status.error.noStepUpPending",
    close: "closed",
  },
  paused: {
    allocate_lead: "paused",
    pause: "earlyHelp.status.error.alreadyPaused",
    resume: "active",
    request_step_up: "earlyHelp.status.error.stepUpWhilePaused",
    accepted: "earlyHelp.status.error.noStepUpPending",
    not_accepted: "earlyHelp.status.error.noStepUpPending",
    close: "closed",
  },
  stepped_up_pending: {
    allocate_lead: "stepped_up_pending",
    pause: "earlyHelp.status.error.stepUpPending",
    resume: "earlyHelp.status.error.notPaused",
    request_step_up: "earlyHelp.status.error.stepUpPending",
    accepted: "active",
    not_accepted: "active",
    close: "earlyHelp.status.error.stepUpPending",
  },
  closed: {
    allocate_lead: "earlyHelp.status.error.closed",
    pause: "earlyHelp.status.error.closed",
    resume: "earlyHelp.status.error.closed",
    request_step_up: "earlyHelp.status.error.closed",
    accepted: "earlyHelp.status.error.closed",
    not_accepted: "earlyHelp.status.error.closed",
    close: "earlyHelp.status.error.closed",
  },
};

const cases = Object.entries(expected).flatMap(([status, row]) =>
  Object.entries(row).map(([event, outcome]) => [status as PlanStatus, event, outcome] as const),
);

describe("transition", () => {
  it.each(cases)("%s + %s gives %s", (status, event, outcome) => {
    const result = transition(status, events[event] as PlanEvent);
    expect(result.ok ? result.status : result.error).toBe(outcome);
  });
});

describe("initialStatus", () => {
  it("waits for allocation after a MASH decision", () => {
    expect(initialStatus({ type: "mash_decision", decisionId: "decision-1" })).toBe("awaiting_allocation");
  });

  it("is active when a partner starts the plan as its lead professional", () => {
    expect(initialStatus({ type: "partner", leadProfessionalId: "user-1" })).toBe("active");
  });

  it("waits for allocation after a step-down, which names only a proposed lead", () => {
    expect(initialStatus({ type: "step_down", stepDownRequestId: "request-1" })).toBe("awaiting_allocation");
  });
});

describe("isOpen", () => {
  it("is open in every status but closed", () => {
    expect(planStatuses.filter((status) => !isOpen({ status }))).toEqual(["closed"]);
  });
});
