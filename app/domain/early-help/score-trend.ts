import { daysBetween, type IsoDate } from "./calendar-date";
import { highestScore, lowestScore, type Goal, type Review } from "./plan";
import type { EarlyHelpMessageKey } from "./validation";

export type Trend = "improving" | "worsening" | "no_change" | "not_enough_data";

export const trendLabels = {
  improving: "earlyHelp.trend.improving",
  worsening: "earlyHelp.trend.worsening",
  no_change: "earlyHelp.trend.noChange",
  not_enough_data: "earlyHelp.trend.notEnoughData",
} as const satisfies Record<Trend, EarlyHelpMessageKey>;

export interface ScorePoint {
  date: IsoDate;
  score: number;
}

/** The baseline counts as the first score, on the day the goal was set. */
export function goalScoreHistory(goal: Goal, reviews: readonly Review[]): ScorePoint[] {
  const reviewed = [...reviews]
    .sort((a, b) => a.heldOn.localeCompare(b.heldOn))
    .flatMap((review) =>
      review.scores
        .filter((score) => score.goalId === goal.id)
        .map((score) => ({ date: review.heldOn, score: score.score })),
    );
  return [{ date: goal.setOn, score: goal.baselineScore }, ...reviewed];
}

function direction(change: number): Trend {
  if (change > 0) return "improving";
  if (change < 0) return "worsening";
  return "no_change";
}

/** The distance travelled since the baseline, where a dip between reviews does not outweigh where the family is now. */
function change(scores: readonly number[]): number | undefined {
  const first = scores[0];
  const last = scores.at(-1);
  return scores.length < 2 || first === undefined || last === undefined ? undefined : last - first;
}

/** `scores` in date order, baseline first. */
export function goalTrend(scores: readonly number[]): Trend {
  const difference = change(scores);
  return difference === undefined ? "not_enough_data" : direction(difference);
}

/**
 * Adds up every scored goal's distance travelled, so one goal met in full
 * outweighs two that slipped a point: the family's overall position, not a
 * count of goals.
 */
export function planTrend(goals: readonly Goal[], reviews: readonly Review[]): Trend {
  const changes = goals
    .map((goal) => change(goalScoreHistory(goal, reviews).map((point) => point.score)))
    .filter((difference) => difference !== undefined);
  if (changes.length === 0) return "not_enough_data";
  return direction(changes.reduce((total, difference) => total + difference, 0));
}

export interface ChartSize {
  width: number;
  height: number;
}

interface ChartPoint extends ScorePoint {
  x: number;
  y: number;
}

export interface ScoreChart {
  width: number;
  height: number;
  plotArea: { left: number; top: number; right: number; bottom: number };
  yTicks: { score: number; y: number }[];
  /** One per date that has a score: each review, and the day each goal was set. */
  xTicks: { date: IsoDate; x: number }[];
  /** In the order of `goals`, so a caller can match colours and a key to the goals list. */
  lines: { goalId: string; points: ChartPoint[]; polyline: string }[];
}

/** Room for the score labels on the left and the date labels underneath. */
const margin = { top: 12, right: 12, bottom: 40, left: 36 };

/** Two decimal places keep the SVG short and make snapshots stable. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * The x axis is time, not review number, so reviews held late show as gaps
 * rather than looking as regular as the rest. The result is plain numbers for
 * a server-rendered SVG that works without JavaScript.
 */
export function scoreChartGeometry(goals: readonly Goal[], reviews: readonly Review[], size: ChartSize): ScoreChart {
  const plotArea = {
    left: margin.left,
    top: margin.top,
    right: size.width - margin.right,
    bottom: size.height - margin.bottom,
  };
  if (plotArea.right <= plotArea.left || plotArea.bottom <= plotArea.top) {
    throw new RangeError(`A score chart of ${size.width} by ${size.height} has no room to plot`);
  }
  const histories = goals.map((goal) => ({ goalId: goal.id, history: goalScoreHistory(goal, reviews) }));
  const dates = [...new Set(histories.flatMap(({ history }) => history.map((point) => point.date)))].sort();
  const first = dates[0];
  const span = first === undefined ? 0 : daysBetween(first, dates.at(-1) ?? first);
  const x = (date: IsoDate) =>
    round(
      first === undefined || span === 0
        ? plotArea.left
        : plotArea.left + (daysBetween(first, date) / span) * (plotArea.right - plotArea.left),
    );
  const y = (score: number) =>
    round(plotArea.bottom - ((score - lowestScore) / (highestScore - lowestScore)) * (plotArea.bottom - plotArea.top));

  const scoreRange = Array.from({ length: highestScore - lowestScore + 1 }, (_, index) => lowestScore + index);
  return {
    width: size.width,
    height: size.height,
    plotArea,
    yTicks: scoreRange.map((score) => ({ score, y: y(score) })),
    xTicks: dates.map((date) => ({ date, x: x(date) })),
    lines: histories.map(({ goalId, history }) => {
      const points = history.map((point) => ({ ...point, x: x(point.date), y: y(point.score) }));
      return { goalId, points, polyline: points.map((point) => `${point.x},${point.y}`).join(" ") };
    }),
  };
}
