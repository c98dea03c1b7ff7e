import type { IsoDate } from "./calendar-date";
import type { ConsentRecord } from "./consent";
import type { OutcomeArea } from "./outcome-areas";
import type { PlanStatus } from "./plan-status";
import type { PlanKind } from "./terminology";

/**
 * Scores run from 0 (the need is not met at all) to 10 (fully met), so a
 * rising score is always progress whatever the goal.
 */
export const lowestScore = 0;
export const highestScore = 10;

export interface Goal {
  id: string;
  outcomeArea: OutcomeArea;
  /** The need from the assessment that this goal answers. */
  need: string;
  /** What the family wants to be different, in their words where possible. */
  description: string;
  setOn: IsoDate;
  baselineScore: number;
  targetScore: number;
  /** Set when a goal is achieved or dropped before the plan closes; later reviews stop scoring it. */
  endedOn: IsoDate | null;
}

export interface Action {
  id: string;
  goalId: string;
  what: string;
  who: string;
  byWhen: IsoDate;
  doneOn: IsoDate | null;
}

export interface GoalScore {
  goalId: string;
  score: number;
}

/** `role` is free text because attendees are family members as well as professionals. */
export interface Attendee {
  name: string;
  role: string;
}

export interface Review {
  heldOn: IsoDate;
  attendees: Attendee[];
  scores: GoalScore[];
  whatChanged: string;
  nextReviewOn: IsoDate;
}

/**
 * A partner who starts a plan directly becomes its lead professional, so the plan is allocated from the start.
 * A step-down accepted by the early help manager names only a proposed lead, so like a MASH decision it still
 * needs allocating.
 */
export type PlanOrigin =
  | { type: "mash_decision"; decisionId: string }
  | { type: "partner"; leadProfessionalId: string }
  | { type: "step_down"; stepDownRequestId: string };

export interface EarlyHelpPlan {
  id: string;
  kind: PlanKind;
  status: PlanStatus;
  origin: PlanOrigin;
  /** A plan is for a family, so it names at least one child. */
  childIds: [string, ...string[]];
  startedOn: IsoDate;
  leadProfessionalId: string | null;
  socialWorkerId: string | null;
  consent: ConsentRecord;
  goals: Goal[];
  actions: Action[];
  reviews: Review[];
  /** The MASH's answer to the latest step-up; an accepted step-up is what lets the plan close as stepped up. */
  stepUpDecision: "accepted" | "not_accepted" | null;
}

/**
 * A goal is scored at a review if it had been set by then and had not ended
 * before it: the review at which a goal ends still records its last score.
 */
export function isGoalOpenOn(goal: Goal, date: IsoDate): boolean {
  return goal.setOn <= date && (goal.endedOn === null || goal.endedOn >= date);
}

export function latestReview(reviews: readonly Review[]): Review | undefined {
  return reviews.reduce<Review | undefined>(
    (latest, review) => (latest === undefined || review.heldOn >= latest.heldOn ? review : latest),
    undefined,
  );
}
