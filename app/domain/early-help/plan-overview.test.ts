import { describe, expect, it } from "vitest";
import type { ConsentRecord } from "./consent";
import { chartReviews, planPermissions, planTasks, type PlanOverviewInput } from "./plan-overview";

const consent: ConsentRecord = {
  givenBy: { name: "Sarah Okafor", relationship: "mother" },
  givenOn: "2025-01-06",
  purposes: ["plan"],
  withdrawal: null,
};

function overview(
  changes: Omit<Partial<PlanOverviewInput>, "plan"> & { plan?: Partial<PlanOverviewInput["plan"]> } = {},
) {
  const input: PlanOverviewInput = {
    access: "edit",
    counts: { children: 2, team: 1, goals: 1, reviews: 0 },
    leadName: "Amina Hussain",
    reviewStatus: "on_track",
    canAllocate: false,
    canStepUp: true,
    ...changes,
    plan: {
      status: "active",
      consent,
      assessment: null,
      assessmentCompletedOn: null,
      networkMeeting: null,
      ...changes.plan,
    },
  };
  return planTasks(input);
}

const task = (tasks: ReturnType<typeof planTasks>, id: string) => tasks.find((candidate) => candidate.id === id);

describe("planTasks", () => {
  it("lists the lead professional's tasks in order on an active plan with consent", () => {
    const tasks = overview();
    expect(tasks.map((candidate) => candidate.id)).toEqual([
      "children",
      "consent",
      "assessment",
      "lead",
      "team",
      "network",
      "goals",
      "review",
      "stepUp",
      "close",
    ]);
    expect(task(tasks, "consent")).toMatchObject({ canStart: false, state: { state: "recorded" } });
    expect(task(tasks, "review")).toMatchObject({ canStart: true, state: { type: "count", count: 0 } });
  });

  it("holds goals back until the family consents, and says so", () => {
    const tasks = overview({ plan: { consent: null } });
    expect(task(tasks, "goals")).toMatchObject({ canStart: false, waitingFor: "consent" });
    expect(task(tasks, "consent")).toMatchObject({ canStart: true, state: { state: "notRecorded" } });
  });

  it("needs a goal before a review, and shows an overdue review as such", () => {
    expect(task(overview({ counts: { children: 1, team: 0, goals: 0, reviews: 0 } }), "review")).toMatchObject({
      canStart: false,
      waitingFor: "goals",
    });
    expect(task(overview({ reviewStatus: "overdue" }), "review")?.state).toEqual({ type: "review", status: "overdue" });
  });

  it("takes no review while a plan waits for its lead, and no closure while a step-up is with the MASH", () => {
    expect(task(overview({ plan: { status: "awaiting_allocation" } }), "review")?.canStart).toBe(false);
    const pending = overview({ plan: { status: "stepped_up_pending" } });
    expect(task(pending, "close")?.canStart).toBe(false);
    expect(task(pending, "stepUp")).toMatchObject({ canStart: false, state: { pending: true } });
  });

  it("lets nobody start anything on a closed plan, and drops the closing task", () => {
    const tasks = overview({ plan: { status: "closed" }, canStepUp: false });
    expect(tasks.filter((candidate) => candidate.canStart)).toEqual([]);
    expect(task(tasks, "close")).toBeUndefined();
  });

  it("shows a plan to someone who may only read it without links", () => {
    expect(overview({ access: "view", canStepUp: false }).filter((candidate) => candidate.canStart)).toEqual([]);
  });
});

describe("planPermissions", () => {
  it("works with the family only on an open plan whose consent stands", () => {
    expect(planPermissions({ access: "edit", plan: { status: "active", consent } })).toEqual({
      editable: true,
      canWork: true,
    });
    expect(planPermissions({ access: "edit", plan: { status: "paused", consent: null } })).toEqual({
      editable: true,
      canWork: false,
    });
  });
});

describe("chartReviews", () => {
  const review = { heldOn: "2025-02-01", attendees: [], scores: [], whatChanged: "Better", nextReviewOn: "2025-03-15" };

  it("ends a closed plan's chart with its final scores", () => {
    const final = [{ goalId: "g1", score: 8 }];
    expect(chartReviews({ closedOn: "2025-04-01" }, [review], final).at(-1)).toMatchObject({
      heldOn: "2025-04-01",
      scores: final,
    });
  });

  it("leaves an open plan's reviews alone", () => {
    expect(chartReviews({ closedOn: null }, [review], [])).toEqual([review]);
  });
});
