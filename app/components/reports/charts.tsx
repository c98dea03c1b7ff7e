import { scaleBand, scaleLinear, scalePoint } from "d3-scale";
import { line } from "d3-shape";

/**
 * Charts drawn on the server as SVG, so they show with JavaScript off. The
 * scales and the line's path come from d3; the markup is ours. Each chart is
 * an image with a title and a description for screen readers, which point to
 * the table beneath it holding the same numbers.
 */
interface ChartPoint {
  label: string;
  value: number;
}

export interface ChartSpec {
  type: "bar" | "line";
  points: ChartPoint[];
  /** "%" when the values are percentages (the axis then runs to 100). */
  unit?: "%";
}

const width = 640;
const labelWidth = 220;
const barHeight = 26;

function BarChart({
  id,
  title,
  description,
  spec,
}: {
  id: string;
  title: string;
  description: string;
  spec: ChartSpec;
}) {
  const height = spec.points.length * barHeight + 8;
  const max = spec.unit === "%" ? 100 : Math.max(1, ...spec.points.map((point) => point.value));
  const x = scaleLinear()
    .domain([0, max])
    .range([0, width - labelWidth - 60]);
  const y = scaleBand()
    .domain(spec.points.map((point, index) => `${index}`))
    .range([4, height - 4])
    .padding(0.2);
  return (
    <svg
      className="app-chart"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {spec.points.map((point, index) => {
        const top = y(`${index}`) ?? 0;
        return (
          <g key={index}>
            <text
              x={labelWidth - 8}
              y={top + y.bandwidth() / 2}
              textAnchor="end"
              dominantBaseline="middle"
              className="app-chart__label"
            >
              {point.label.length > 30 ? `${point.label.slice(0, 29)}…` : point.label}
            </text>
            <rect x={labelWidth} y={top} width={x(point.value)} height={y.bandwidth()} className="app-chart__bar" />
            <text
              x={labelWidth + x(point.value) + 6}
              y={top + y.bandwidth() / 2}
              dominantBaseline="middle"
              className="app-chart__value"
            >
              {`${point.value}${spec.unit ?? ""}`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

function LineChart({
  id,
  title,
  description,
  spec,
}: {
  id: string;
  title: string;
  description: string;
  spec: ChartSpec;
}) {
  const height = 220;
  const margin = { top: 16, right: 24, bottom: 36, left: 48 };
  const max = spec.unit === "%" ? 100 : Math.max(1, ...spec.points.map((point) => point.value));
  const x = scalePoint()
    .domain(spec.points.map((point, index) => `${index}`))
    .range([margin.left, width - margin.right])
    .padding(0.3);
  const y = scaleLinear()
    .domain([0, max])
    .nice()
    .range([height - margin.bottom, margin.top]);
  const path =
    line<ChartPoint>()
      .x((_, index) => x(`${index}`) ?? 0)
      .y((point) => y(point.value))(spec.points) ?? "";
  const first = spec.points[0];
  const last = spec.points[spec.points.length - 1];
  return (
    <svg
      className="app-chart"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {y.ticks(4).map((tick) => (
        <g key={tick}>
          <line x1={margin.left} x2={width - margin.right} y1={y(tick)} y2={y(tick)} className="app-chart__grid" />
          <text x={margin.left - 6} y={y(tick)} textAnchor="end" dominantBaseline="middle" className="app-chart__label">
            {`${tick}${spec.unit ?? ""}`}
          </text>
        </g>
      ))}
      <path d={path} className="app-chart__line" fill="none" />
      {spec.points.map((point, index) => (
        <circle key={index} cx={x(`${index}`)} cy={y(point.value)} r={3} className="app-chart__point" />
      ))}
      {first ? (
        <text x={x("0")} y={height - 12} textAnchor="middle" className="app-chart__label">
          {first.label}
        </text>
      ) : null}
      {last && spec.points.length > 1 ? (
        <text x={x(`${spec.points.length - 1}`)} y={height - 12} textAnchor="middle" className="app-chart__label">
          {last.label}
        </text>
      ) : null}
    </svg>
  );
}

export function Chart(props: { id: string; title: string; description: string; spec: ChartSpec }) {
  if (props.spec.points.length === 0) return null;
  return props.spec.type === "line" ? <LineChart {...props} /> : <BarChart {...props} />;
}
