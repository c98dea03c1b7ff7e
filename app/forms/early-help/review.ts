import { z } from "zod";
import { choice, date, dateMessages, k, optionalDate, optionalText, requiredText, score } from "./fields";

/**
 * A review: when, who came, a score for each goal open that day, what
 * changed and when the next one is. Leaving the next date empty takes the
 * council's usual interval. Scores are checked by the domain, which knows
 * which goals were open on the day.
 */
export function reviewSchema(goalIds: readonly string[]) {
  return z.object({
    heldOn: date(dateMessages("plans.review.heldOn")),
    attendees: z.array(z.string()).optional(),
    otherAttendees: optionalText(),
    scores: z.object(Object.fromEntries(goalIds.map((id) => [id, score]))).optional(),
    whatChanged: requiredText(k("earlyHelp.review.error.whatChangedRequired")),
    nextReviewOn: optionalDate(dateMessages("plans.review.nextReviewOn")),
  });
}

/** "Name, role" on each line; a line without a comma has no role, which the domain asks for. */
export function parseOtherAttendees(text: string): { name: string; role: string }[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const comma = line.indexOf(",");
      return comma === -1
        ? { name: line, role: "" }
        : { name: line.slice(0, comma).trim(), role: line.slice(comma + 1).trim() };
    });
}

export function toScores(scores: Record<string, number | undefined> | undefined): { goalId: string; score: number }[] {
  return Object.entries(scores ?? {}).flatMap(([goalId, value]) =>
    value === undefined ? [] : [{ goalId, score: value }],
  );
}

export function closeSchema(goalIds: readonly string[], reasons: readonly [string, ...string[]]) {
  return z.object({
    reason: choice(reasons, k("plans.close.reason.required")),
    otherReason: optionalText(k("plans.form.tooLong"), 1000),
    closedOn: date(dateMessages("plans.close.closedOn")),
    finalScores: z.object(Object.fromEntries(goalIds.map((id) => [id, score]))).optional(),
  });
}

export const stepUpSchema = z
  .object({
    worry: requiredText(k("plans.stepUp.worry.required")),
    workingWell: requiredText(k("plans.stepUp.workingWell.required")),
    needsToHappen: requiredText(k("plans.stepUp.needsToHappen.required")),
    familyAware: choice(["yes", "no"], k("plans.stepUp.familyAware.required")),
    familyUnawareReason: optionalText(k("plans.form.tooLong"), 2000),
  })
  .refine((value) => value.familyAware === "yes" || value.familyUnawareReason !== "", {
    path: ["familyUnawareReason"],
    message: k("plans.stepUp.familyUnawareReason.required"),
  });
