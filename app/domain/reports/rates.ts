/** A share as a whole percentage, or null when there is nothing to share out (shown as "no data", never 0%). */
export function percentage(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.round((part / whole) * 100);
}

/** Levels from the threshold document: the referrer's and the MASH's agree, or the MASH went lower or higher. */
export type Agreement = "agreed" | "lower" | "higher";

export function agreementOf(referrerLevel: number, decidedLevel: number): Agreement {
  if (decidedLevel === referrerLevel) return "agreed";
  return decidedLevel < referrerLevel ? "lower" : "higher";
}

/**
 * How long a decision took, in bands a manager reads at a glance: the first
 * two fall within the one working day that Working Together asks for when a
 * contact arrives on a working morning. Hours are calendar hours.
 */
export const decisionTimeBands = [
  { id: "under4Hours", upToHours: 4 },
  { id: "under1Day", upToHours: 24 },
  { id: "oneTo2Days", upToHours: 48 },
  { id: "twoTo3Days", upToHours: 72 },
  { id: "threeTo5Days", upToHours: 120 },
  { id: "over5Days", upToHours: null },
] as const;
export type DecisionTimeBand = (typeof decisionTimeBands)[number]["id"];

export function decisionTimeBand(hours: number): DecisionTimeBand {
  return decisionTimeBands.find((band) => band.upToHours === null || hours < band.upToHours)!.id;
}

/** How long a contact has been waiting, in the bands of the daily leadership view. */
export const waitingAgeBands = [
  { id: "under4Hours", upToHours: 4 },
  { id: "under1Day", upToHours: 24 },
  { id: "oneTo3Days", upToHours: 72 },
  { id: "over3Days", upToHours: null },
] as const;
export type WaitingAgeBand = (typeof waitingAgeBands)[number]["id"];

/** The SQL `case` that puts an interval in hours into its band, from the same table the page labels. */
export function bandCaseSql(
  bands: readonly { id: string; upToHours: number | null }[],
  hoursExpression: string,
): string {
  const whens = bands
    .filter((band) => band.upToHours !== null)
    .map((band) => `when ${hoursExpression} < ${band.upToHours} then '${band.id}'`)
    .join(" ");
  const last = bands.find((band) => band.upToHours === null)!;
  return `case ${whens} else '${last.id}' end`;
}
