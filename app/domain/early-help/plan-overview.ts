import type { PlanAccess } from "./access";
import { holdsReviews, type ConsentRecord } from "./consent";
import { networkMeetingStage, type NetworkMeeting, type NetworkMeetingStage } from "./family-network";
import type { GoalScore, Review } from "./plan";
import { isOpen, type PlanStatus } from "./plan-status";
import type { ReviewStatus } from "./reviews";

/**
 * The plan page's task list as data: which tasks there are, which can be
 * started now (and what holds back the ones that cannot), and what each one's
 * status says. The page turns it into words and links.
 */

export type PlanTaskId =
  "children" | "consent" | "assessment" | "lead" | "team" | "network" | "goals" | "review" | "stepUp" | "close";

export type PlanTaskState =
  | { type: "count"; count: number }
  | { type: "consent"; state: "notRecorded" | "withdrawn" | "recorded" }
  | { type: "assessment"; state: "notStarted" | "inProgress" | "completed" }
  | { type: "lead"; name: string | null }
  | { type: "network"; stage: NetworkMeetingStage }
  | { type: "review"; status: Exclude<ReviewStatus, "on_track"> }
  | { type: "stepUp"; pending: boolean }
  | { type: "open" };

export interface PlanTask {
  id: PlanTaskId;
  /** Whether this user can start the task now; a task without a link cannot be. */
  canStart: boolean;
  /** Why a task the user could otherwise work on cannot be started yet. */
  waitingFor?: "consent" | "goals";
  state: PlanTaskState;
}

export interface PlanOverviewInput {
  plan: {
    status: PlanStatus;
    consent: ConsentRecord | null;
    assessment: unknown;
    assessmentCompletedOn: string | null;
    networkMeeting: NetworkMeeting | null;
  };
  access: Exclude<PlanAccess, "none">;
  counts: { children: number; team: number; goals: number; reviews: number };
  leadName: string | null;
  reviewStatus: ReviewStatus | null;
  canAllocate: boolean;
  canStepUp: boolean;
}

/** What this user can do on the plan: change it at all, and work on goals and reviews with the family. */
export function planPermissions(input: {
  access: PlanOverviewInput["access"];
  plan: Pick<PlanOverviewInput["plan"], "status" | "consent">;
}) {
  const editable = input.access === "edit" && isOpen(input.plan);
  return { editable, canWork: editable && holdsReviews(input.plan) };
}

/** Reviews are held while the team meets the family: not while a plan waits for a lead, is paused or closed. */
function meets(status: PlanStatus): boolean {
  return status === "active" || status === "stepped_up_pending";
}

function consentState(consent: ConsentRecord | null) {
  if (consent === null) return "notRecorded" as const;
  return consent.withdrawal ? ("withdrawn" as const) : ("recorded" as const);
}

function assessmentState(plan: PlanOverviewInput["plan"]) {
  if (plan.assessmentCompletedOn) return "completed" as const;
  return plan.assessment ? ("inProgress" as const) : ("notStarted" as const);
}

export function planTasks(input: PlanOverviewInput): PlanTask[] {
  const { plan, counts } = input;
  const { editable, canWork } = planPermissions(input);
  const tasks: PlanTask[] = [
    { id: "children", canStart: editable, state: { type: "count", count: counts.children } },
    {
      id: "consent",
      canStart: editable && consentState(plan.consent) !== "recorded",
      state: { type: "consent", state: consentState(plan.consent) },
    },
    { id: "assessment", canStart: editable, state: { type: "assessment", state: assessmentState(plan) } },
    { id: "lead", canStart: input.canAllocate, state: { type: "lead", name: input.leadName } },
    { id: "team", canStart: editable, state: { type: "count", count: counts.team } },
    { id: "network", canStart: editable, state: { type: "network", stage: networkMeetingStage(plan.networkMeeting) } },
    {
      id: "goals",
      canStart: canWork,
      ...(editable && !canWork ? { waitingFor: "consent" as const } : {}),
      state: { type: "count", count: counts.goals },
    },
    {
      id: "review",
      canStart: canWork && counts.goals > 0 && meets(plan.status),
      ...(editable && counts.goals === 0 ? { waitingFor: "goals" as const } : {}),
      state:
        input.reviewStatus && input.reviewStatus !== "on_track"
          ? { type: "review", status: input.reviewStatus }
          : { type: "count", count: counts.reviews },
    },
  ];
  if (input.canStepUp) {
    tasks.push({
      id: "stepUp",
      canStart: plan.status === "active",
      state: { type: "stepUp", pending: plan.status === "stepped_up_pending" },
    });
  }
  if (editable) {
    tasks.push({ id: "close", canStart: plan.status !== "stepped_up_pending", state: { type: "open" } });
  }
  return tasks;
}

/** When the next review is due matters only while the plan is open and the team meets. */
export function reviewIsTracked(status: PlanStatus): boolean {
  return meets(status);
}

/** The outcome chart ends with a closed plan's final scores, as if the closure were a last review. */
export function chartReviews(
  plan: { closedOn: string | null },
  reviews: readonly Review[],
  finalScores: readonly GoalScore[],
): Review[] {
  if (!plan.closedOn || finalScores.length === 0) return [...reviews];
  return [
    ...reviews,
    { heldOn: plan.closedOn, attendees: [], scores: [...finalScores], whatChanged: "", nextReviewOn: plan.closedOn },
  ];
}
