import { outcomeAreaLabels } from "~/domain/early-help/outcome-areas";
import type { Goal, Review } from "~/domain/early-help/plan";
import { goalScoreHistory, scoreChartGeometry } from "~/domain/early-help/score-trend";
import { usePlanT } from "./terms";
import { formatDate, formatShortDate } from "~/domain/date-format";

/** GOV.UK colours with a marker shape each, so no goal is told apart by colour alone. */
const series = [
  { colour: "#1d70b8", marker: "circle", dash: undefined },
  { colour: "#f47738", marker: "square", dash: "6 3" },
  { colour: "#00703c", marker: "triangle", dash: "2 3" },
  { colour: "#4c2c92", marker: "diamond", dash: "8 3 2 3" },
  { colour: "#d4351c", marker: "circle", dash: "1 3" },
  { colour: "#28a197", marker: "square", dash: undefined },
] as const;

type Series = (typeof series)[number];

function Marker({ x, y, kind, colour }: { x: number; y: number; kind: Series["marker"]; colour: string }) {
  switch (kind) {
    case "circle":
      return <circle cx={x} cy={y} r={4.5} fill={colour} />;
    case "square":
      return <rect x={x - 4} y={y - 4} width={8} height={8} fill={colour} />;
    case "triangle":
      return <polygon points={`${x},${y - 5} ${x + 5},${y + 4} ${x - 5},${y + 4}`} fill={colour} />;
    case "diamond":
      return <polygon points={`${x},${y - 5.5} ${x + 5.5},${y} ${x},${y + 5.5} ${x - 5.5},${y}`} fill={colour} />;
  }
}

const seriesFor = (index: number): Series => series[index % series.length]!;

/**
 * Each goal's score from its baseline through every review, drawn on the
 * server as SVG (no JavaScript). The picture is hidden from screen readers,
 * which get the same numbers as a table; the key below names each line.
 */
export function ScoreChart({ goals, reviews, caption }: { goals: Goal[]; reviews: Review[]; caption: string }) {
  const t = usePlanT();
  const chart = scoreChartGeometry(goals, reviews, { width: 640, height: 300 });
  const { plotArea } = chart;
  let lastLabelX = -Infinity;
  const xLabels = chart.xTicks.filter((tick) => {
    if (tick.x - lastLabelX < 48) return false;
    lastLabelX = tick.x;
    return true;
  });
  const histories = goals.map((goal) => goalScoreHistory(goal, reviews));
  const dates = chart.xTicks.map((tick) => tick.date);
  return (
    <figure className="app-score-chart govuk-!-margin-0 govuk-!-margin-bottom-6">
      <figcaption className="govuk-heading-s">{caption}</figcaption>
      <svg
        viewBox={`0 0 ${chart.width} ${chart.height}`}
        width="100%"
        className="app-score-chart__svg"
        aria-hidden="true"
        focusable="false"
      >
        {chart.yTicks.map((tick) => (
          <g key={tick.score}>
            <line
              x1={plotArea.left}
              x2={plotArea.right}
              y1={tick.y}
              y2={tick.y}
              stroke="#b1b4b6"
              strokeWidth={tick.score % 5 === 0 ? 1 : 0.5}
            />
            {tick.score % 2 === 0 ? (
              <text x={plotArea.left - 8} y={tick.y + 4} textAnchor="end" fontSize="12" fill="#0b0c0c">
                {tick.score}
              </text>
            ) : null}
          </g>
        ))}
        {xLabels.map((tick) => (
          <text key={tick.date} x={tick.x} y={plotArea.bottom + 18} textAnchor="middle" fontSize="12" fill="#0b0c0c">
            {formatShortDate(tick.date)}
          </text>
        ))}
        {chart.lines.map((line, index) => {
          const style = seriesFor(index);
          return (
            <g key={line.goalId}>
              <polyline
                points={line.polyline}
                fill="none"
                stroke={style.colour}
                strokeWidth={3}
                strokeDasharray={style.dash}
              />
              {line.points.map((point) => (
                <Marker key={point.date} x={point.x} y={point.y} kind={style.marker} colour={style.colour} />
              ))}
            </g>
          );
        })}
      </svg>
      <ul className="govuk-list app-score-chart__key" aria-hidden="true">
        {goals.map((goal, index) => {
          const style = seriesFor(index);
          return (
            <li key={goal.id}>
              <svg width="36" height="14" focusable="false">
                <line x1="2" x2="34" y1="7" y2="7" stroke={style.colour} strokeWidth={3} strokeDasharray={style.dash} />
                <Marker x={18} y={7} kind={style.marker} colour={style.colour} />
              </svg>{" "}
              {goal.description} ({t(outcomeAreaLabels[goal.outcomeArea])})
            </li>
          );
        })}
      </ul>
      <table className="govuk-table govuk-visually-hidden">
        <caption className="govuk-table__caption">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              {t("plans.chart.date")}
            </th>
            {goals.map((goal) => (
              <th key={goal.id} scope="col" className="govuk-table__header">
                {goal.description}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {dates.map((date) => (
            <tr key={date} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                {formatDate(date)}
              </th>
              {histories.map((history, index) => {
                const point = history.find((candidate) => candidate.date === date);
                return (
                  <td key={goals[index]!.id} className="govuk-table__cell">
                    {point ? point.score : t("plans.chart.notScored")}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
