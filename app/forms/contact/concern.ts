import { z } from "zod";
import { requiredText } from "./fields";
import { key } from "./messages";

/**
 * The Signs of Safety questions. Audits find contacts "unclear about the
 * concern", so the worry box asks for a minimum that a line like "concerns
 * about neglect" cannot meet; the page shows the limits with a character count.
 */
export const concernLimits = { worryMinimum: 50, maximum: 5000 } as const;

export const concernSchema = z.object({
  worry: requiredText(
    { required: key("contact.concern.worry.required"), tooLong: key("contact.concern.worry.tooLong") },
    concernLimits.maximum,
  ).min(concernLimits.worryMinimum, key("contact.concern.worry.tooShort")),
  workingWell: requiredText(
    { required: key("contact.concern.workingWell.required"), tooLong: key("contact.concern.workingWell.tooLong") },
    concernLimits.maximum,
  ),
  needsToHappen: requiredText(
    { required: key("contact.concern.needsToHappen.required"), tooLong: key("contact.concern.needsToHappen.tooLong") },
    concernLimits.maximum,
  ),
});

export type ConcernAnswers = z.output<typeof concernSchema>;
