import { describe, expect, it } from "vitest";
import { goalScoreHistory, goalTrend, planTrend, scoreChartGeometry } from "./score-trend";
import { aGoal, aReview } from "./test-support";

describe("goalTrend", () => {
  it.each([
    [[], "not_enough_data"],
    [[3], "not_enough_data"],
    [[3, 5], "improving"],
    [[6, 4], "worsening"],
    [[4, 7, 4], "no_change"],
    [[2, 1, 0, 5], "improving"],
    [[5, 9, 4], "worsening"],
  ])("%j is %s", (scores, trend) => {
    expect(goalTrend(scores)).toBe(trend);
  });
});

describe("goalScoreHistory", () => {
  it("starts from the baseline and follows the reviews in date order", () => {
    const reviews = [
      aReview({ heldOn: "2025-03-31", scores: [{ goalId: "goal-1", score: 7 }] }),
      aReview({ heldOn: "2025-02-17", scores: [{ goalId: "goal-1", score: 5 }] }),
    ];
    expect(goalScoreHistory(aGoal(), reviews)).toEqual([
      { date: "2025-01-06", score: 3 },
      { date: "2025-02-17", score: 5 },
      { date: "2025-03-31", score: 7 },
    ]);
  });
});

describe("planTrend", () => {
  const goals = [aGoal(), aGoal({ id: "goal-2", baselineScore: 6 }), aGoal({ id: "goal-3", baselineScore: 6 })];
  const reviewWith = (scores: [number, number, number]) =>
    aReview({ scores: scores.map((score, index) => ({ goalId: goals[index]?.id ?? "", score })) });

  it("has not enough data before the first review", () => {
    expect(planTrend(goals, [])).toBe("not_enough_data");
    expect(planTrend([], [aReview()])).toBe("not_enough_data");
  });

  it("adds up the distance travelled, so one goal met outweighs two that slipped a point", () => {
    expect(planTrend(goals, [reviewWith([10, 5, 5])])).toBe("improving");
  });

  it("is worsening when the family is further back overall", () => {
    expect(planTrend(goals, [reviewWith([4, 4, 4])])).toBe("worsening");
  });

  it("shows no change when gains and losses balance", () => {
    expect(planTrend(goals, [reviewWith([5, 5, 5])])).toBe("no_change");
  });
});

describe("scoreChartGeometry", () => {
  const size = { width: 448, height: 252 };
  // With the chart's margins the plot runs from x 36 to 436 and from y 12 (score 10) to 212 (score 0).

  it("places scores on a 0 to 10 axis", () => {
    const chart = scoreChartGeometry([], [], size);
    expect(chart.plotArea).toEqual({ left: 36, top: 12, right: 436, bottom: 212 });
    expect(chart.yTicks).toHaveLength(11);
    expect(chart.yTicks[0]).toEqual({ score: 0, y: 212 });
    expect(chart.yTicks[5]).toEqual({ score: 5, y: 112 });
    expect(chart.yTicks[10]).toEqual({ score: 10, y: 12 });
    expect(chart.xTicks).toEqual([]);
    expect(chart.lines).toEqual([]);
  });

  it("spaces dates by time, so a late review leaves a gap", () => {
    const reviews = [
      aReview({ heldOn: "2025-01-16", scores: [{ goalId: "goal-1", score: 5 }] }),
      aReview({ heldOn: "2025-02-05", scores: [{ goalId: "goal-1", score: 6 }] }),
    ];
    const chart = scoreChartGeometry([aGoal()], reviews, size);
    expect(chart.xTicks).toEqual([
      { date: "2025-01-06", x: 36 },
      { date: "2025-01-16", x: 169.33 },
      { date: "2025-02-05", x: 436 },
    ]);
    expect(chart.lines).toEqual([
      {
        goalId: "goal-1",
        points: [
          { date: "2025-01-06", score: 3, x: 36, y: 152 },
          { date: "2025-01-16", score: 5, x: 169.33, y: 112 },
          { date: "2025-02-05", score: 6, x: 436, y: 92 },
        ],
        polyline: "36,152 169.33,112 436,92",
      },
    ]);
  });

  it("draws one line per goal, in the order of the goals, starting each from the day it was set", () => {
    const goals = [aGoal({ id: "later", setOn: "2025-01-16", baselineScore: 2 }), aGoal()];
    const reviews = [
      aReview({
        heldOn: "2025-02-05",
        scores: [
          { goalId: "goal-1", score: 4 },
          { goalId: "later", score: 3 },
        ],
      }),
    ];
    const chart = scoreChartGeometry(goals, reviews, size);
    expect(chart.lines.map((line) => line.goalId)).toEqual(["later", "goal-1"]);
    expect(chart.lines[0]?.polyline).toBe("169.33,172 436,152");
  });

  it("puts a single date at the start of the axis", () => {
    const chart = scoreChartGeometry([aGoal()], [], size);
    expect(chart.lines[0]?.points).toEqual([{ date: "2025-01-06", score: 3, x: 36, y: 152 }]);
  });

  it("refuses a size with no room to plot", () => {
    expect(() => scoreChartGeometry([], [], { width: 40, height: 40 })).toThrow(RangeError);
  });
});
