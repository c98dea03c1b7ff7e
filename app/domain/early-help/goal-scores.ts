import type { IsoDate } from "./calendar-date";
import { highestScore, isGoalOpenOn, lowestScore, type Goal, type GoalScore } from "./plan";
import type { FieldError } from "./validation";

function isScore(score: number): boolean {
  return Number.isInteger(score) && score >= lowestScore && score <= highestScore;
}

/**
 * Reviews and closure both ask for a score for every goal open that day, and
 * a missing score breaks the family's outcome chart, so both share this check.
 * Errors name the field `${field}.${goalId}`.
 */
export function validateGoalScores(
  goals: readonly Goal[],
  scores: readonly GoalScore[],
  date: IsoDate,
  field: string,
): FieldError[] {
  const openGoalIds = new Set(goals.filter((goal) => isGoalOpenOn(goal, date)).map((goal) => goal.id));
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  for (const { goalId, score } of scores) {
    const path = `${field}.${goalId}`;
    if (!openGoalIds.has(goalId)) errors.push({ field: path, key: "earlyHelp.score.error.goalNotOpen" });
    else if (seen.has(goalId)) errors.push({ field: path, key: "earlyHelp.score.error.duplicate" });
    else if (!isScore(score)) errors.push({ field: path, key: "earlyHelp.score.error.range" });
    seen.add(goalId);
  }
  for (const goalId of openGoalIds) {
    if (!seen.has(goalId)) errors.push({ field: `${field}.${goalId}`, key: "earlyHelp.score.error.required" });
  }
  return errors;
}
