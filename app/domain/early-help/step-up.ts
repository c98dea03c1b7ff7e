import type { PlanAssessment } from "./assessment";
import { calendarDate, type IsoDate } from "./calendar-date";
import type { ConsentRecord } from "./consent";
import type { OutcomeArea } from "./outcome-areas";
import type { Action, Attendee, Goal, Review } from "./plan";
import { goalScoreHistory, goalTrend, planTrend, type ScorePoint, type Trend } from "./score-trend";
import type { PlanKind } from "./terminology";

/**
 * The MASH outcomes after which children's social care has the family. Any
 * other outcome on a step-up (advice, early help, no further action) leaves
 * the family with their plan. Ids are the MASH's stable outcome ids
 * (`app/domain/mash/outcomes.ts`); "already open" means a social worker has
 * the family already, which is social care taking the case.
 */
const socialCareOutcomeIds: readonly string[] = [
  "social_care_assessment",
  "strategy_discussion",
  "multi_agency_child_protection",
  "already_open",
];

/**
 * One child taken on by social care is enough: the plan is the family's, and
 * its team cannot keep working with the family around a statutory response.
 */
export function stepUpDecision(childOutcomeIds: readonly string[]): "accepted" | "not_accepted" {
  return childOutcomeIds.some((outcome) => socialCareOutcomeIds.includes(outcome)) ? "accepted" : "not_accepted";
}

interface HandoverPerson {
  name: string;
  role: string;
  organisation: string;
  email: string | null;
  phone: string | null;
}

interface HandoverGoal {
  outcomeArea: OutcomeArea;
  need: string;
  description: string;
  targetScore: number;
  /** Baseline first, then every review's score. */
  scores: ScorePoint[];
  trend: Trend;
}

/**
 * What a step-up carries into the MASH, frozen when it is sent: the plan goes
 * on changing while the MASH decides, but the screener decides on what the
 * lead professional sent, and nobody has to tell the family's story again.
 */
export interface StepUpHandover {
  requestedOn: IsoDate;
  reason: string;
  familyAware: { aware: true } | { aware: false; reason: string };
  plan: { reference: string; kind: PlanKind; startedOn: IsoDate; concernSummary: string | null };
  leadProfessional: HandoverPerson | null;
  children: { name: string; dateOfBirth: IsoDate | null }[];
  consent: ConsentRecord | null;
  assessment: PlanAssessment | null;
  team: { name: string; agency: string; role: string }[];
  goals: HandoverGoal[];
  actions: { what: string; who: string; byWhen: IsoDate; doneOn: IsoDate | null }[];
  reviews: { heldOn: IsoDate; attendees: Attendee[]; whatChanged: string }[];
  overallTrend: Trend;
}

export interface StepUpHandoverInput extends Omit<
  StepUpHandover,
  "requestedOn" | "goals" | "actions" | "reviews" | "overallTrend"
> {
  goals: readonly Goal[];
  actions: readonly Action[];
  reviews: readonly Review[];
}

export function buildStepUpHandover(input: StepUpHandoverInput, now: Date): StepUpHandover {
  const reviews = [...input.reviews].sort((a, b) => a.heldOn.localeCompare(b.heldOn));
  return {
    ...input,
    requestedOn: calendarDate(now),
    goals: input.goals.map((goal) => {
      const scores = goalScoreHistory(goal, reviews);
      return {
        outcomeArea: goal.outcomeArea,
        need: goal.need,
        description: goal.description,
        targetScore: goal.targetScore,
        scores,
        trend: goalTrend(scores.map((point) => point.score)),
      };
    }),
    actions: input.actions.map(({ what, who, byWhen, doneOn }) => ({ what, who, byWhen, doneOn })),
    reviews: reviews.map(({ heldOn, attendees, whatChanged }) => ({ heldOn, attendees, whatChanged })),
    overallTrend: planTrend(input.goals, reviews),
  };
}
