import { z } from "zod";
import { normaliseTime } from "~/forms/contact/emergency-calls";
import type { MessageKey } from "~/i18n/messages";
import { dateMessages } from "~/forms/date-input";
import { choice, date, k, optionalDate, optionalText, requiredText, score } from "./fields";

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

/**
 * A step-up is a contact like any other, so it asks the immediate-danger
 * question first: a child in immediate danger needs 999 and the MASH's phone,
 * and the lead professional confirms both calls and when, as on the contact form.
 */
export const stepUpSchema = z
  .object({
    immediateDanger: choice(["yes", "no"], k("contact.immediateDanger.required")),
    phonedPolice: z.literal("yes").optional(),
    phonedMash: z.literal("yes").optional(),
    calledAt: z.string().trim().optional(),
    worry: requiredText(k("plans.stepUp.worry.required")),
    workingWell: requiredText(k("plans.stepUp.workingWell.required")),
    needsToHappen: requiredText(k("plans.stepUp.needsToHappen.required")),
    familyAware: choice(["yes", "no"], k("plans.stepUp.familyAware.required")),
    familyUnawareReason: optionalText(k("plans.form.tooLong"), 2000),
  })
  .superRefine(
    (value, ctx) => {
      const issue = (path: string, message: MessageKey) => ctx.addIssue({ code: "custom", path: [path], message });
      if (value.familyAware === "no" && !value.familyUnawareReason) {
        issue("familyUnawareReason", k("plans.stepUp.familyUnawareReason.required"));
      }
      if (value.immediateDanger !== "yes") return;
      if (value.phonedPolice !== "yes") issue("phonedPolice", k("contact.emergencyCalls.phonedPolice.required"));
      if (value.phonedMash !== "yes") issue("phonedMash", k("contact.emergencyCalls.phonedMash.required"));
      if (!value.calledAt) issue("calledAt", k("contact.emergencyCalls.calledAt.required"));
      else if (!normaliseTime(value.calledAt)) issue("calledAt", k("contact.emergencyCalls.calledAt.invalid"));
    },
    // Checked even when other answers are missing, so that every problem is shown at once.
    { when: () => true },
  )
  .transform(({ phonedPolice: _police, phonedMash: _mash, calledAt, ...value }) => ({
    ...value,
    calledAt: value.immediateDanger === "yes" ? normaliseTime(calledAt ?? "")! : null,
  }));
