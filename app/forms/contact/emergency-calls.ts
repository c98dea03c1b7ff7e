import { z } from "zod";
import { formattedText } from "./fields";
import { key } from "./messages";

/**
 * Shown only after "yes, a child is in immediate danger". The referrer cannot
 * go on until they confirm both calls, because the written contact follows the
 * calls and never replaces them. Checkbox values are "yes".
 */
export const emergencyCallsSchema = z.object({
  phonedPolice: z.literal("yes", { error: key("contact.emergencyCalls.phonedPolice.required") }),
  phonedMash: z.literal("yes", { error: key("contact.emergencyCalls.phonedMash.required") }),
  calledAt: formattedText(
    {
      required: key("contact.emergencyCalls.calledAt.required"),
      invalid: key("contact.emergencyCalls.calledAt.invalid"),
    },
    normaliseTime,
  ),
});

export type EmergencyCallsAnswers = z.output<typeof emergencyCallsSchema>;

/**
 * Accepts what people type for a time ("2:30pm", "2.30 pm", "2pm", "14:30",
 * "midday") and keeps it as 24-hour "14:30". A bare "2" or "14" is refused
 * because it could mean either half of the day.
 */
export function normaliseTime(input: string): string | undefined {
  const text = input.toLowerCase().replace(/\s+/g, "");
  if (text === "midday" || text === "noon" || text === "12noon") return "12:00";
  if (text === "midnight") return "00:00";
  const match = /^(\d{1,2})(?:[:.](\d{2}))?(am|pm)?$/.exec(text);
  if (!match) return undefined;
  const [, hourText = "", minuteText, period] = match;
  let hours = Number(hourText);
  const minutes = Number(minuteText ?? "0");
  if (minutes > 59) return undefined;
  if (period) {
    if (hours < 1 || hours > 12) return undefined;
    hours = (hours % 12) + (period === "pm" ? 12 : 0);
  } else if (minuteText === undefined || hours > 23) {
    return undefined;
  }
  return `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
}
