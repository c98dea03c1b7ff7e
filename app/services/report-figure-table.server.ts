import type { ChartSpec } from "~/components/reports/charts";
import { referralSources } from "~/domain/contact/census";
import { percentage } from "~/domain/reports/rates";
import { isMessageKey, type Translate } from "~/i18n/messages";

/**
 * Each figure of the dashboard as a table (what the page shows beneath the
 * chart, and what its CSV download holds) and the chart drawn from it: one
 * function, so the chart, the table and the CSV can never disagree.
 */
export interface FigureTable {
  id: string;
  title: string;
  columns: string[];
  rows: (string | number)[][];
  chart: ChartSpec | null;
}

export interface FigureSection {
  id: string;
  heading: string;
  figures: FigureTable[];
}

export const rate = (part: number, whole: number) => percentage(part, whole) ?? "";

/** The words for codes and levels the figures share, and a bar chart of one column. */
export function labels(t: Translate) {
  const label = (key: string, fallback: string) => (isMessageKey(key) ? t(key) : fallback);
  const rag = (value: string) => label(`mash.rag.${value}`, value);
  const agency = (value: string) => label(`mash.agency.${value}`, value);
  const source = (code: string) => {
    const found = referralSources.find((candidate) => candidate.code === code);
    return found ? `${code}: ${t(found.messageKey)}` : code;
  };
  const organisationType = (type: string) => label(`referenceData.organisationType.${type}`, type);
  const bars = (rows: (string | number)[][], value: number, unit?: "%"): ChartSpec => ({
    type: "bar",
    unit,
    points: rows
      .filter((row) => typeof row[value] === "number")
      .map((row) => ({ label: String(row[0]), value: row[value] as number })),
  });
  const ragOrder = ["unrated", "red", "amber", "green"];
  const count = t("reports.column.number");
  return { label, rag, agency, source, organisationType, bars, ragOrder, count };
}

export function figure(
  id: string,
  title: string,
  columns: string[],
  rows: (string | number)[][],
  chart: ChartSpec | null,
): FigureTable {
  return { id, title, columns, rows, chart };
}
