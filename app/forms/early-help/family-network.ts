import { z } from "zod";
import { networkMeetingTypes, type NetworkMeeting } from "~/domain/early-help/family-network";
import { isoDateToParts } from "~/forms/date-input";
import { dateMessages } from "~/forms/date-input";
import { choice, k, optionalDate, optionalNullableText, requiredText } from "./fields";

const heldOnDate = optionalDate(dateMessages("plans.network.heldOn"));

/**
 * Three questions on one page, none hidden inside another: what was offered
 * (nothing, or which kind of meeting), the family's answer, and the date if it
 * has been held. Answers to questions that no longer apply are dropped.
 */
export const networkMeetingSchema = z
  .object({
    offered: choice(["no", ...networkMeetingTypes], k("plans.network.offered.required")),
    accepted: z.enum(["yes", "no", "not_yet"]).optional(),
    heldOn: heldOnDate,
  })
  .transform((value, ctx): NetworkMeeting => {
    if (value.offered === "no") return { offered: false };
    if (!value.accepted) {
      ctx.addIssue({ code: "custom", path: ["accepted"], message: k("plans.network.accepted.required") });
      return z.NEVER;
    }
    return { offered: true, type: value.offered, accepted: value.accepted, heldOn: value.heldOn ?? null };
  });

/** The form's starting answers for a saved meeting. */
export function networkMeetingDefaults(meeting: NetworkMeeting | null) {
  if (!meeting) return {};
  if (!meeting.offered) return { offered: "no" };
  return {
    offered: meeting.type,
    accepted: meeting.accepted,
    heldOn: meeting.heldOn ? isoDateToParts(meeting.heldOn) : undefined,
  };
}

export const networkPersonSchema = z.object({
  name: requiredText(k("plans.networkPerson.name.required"), k("plans.form.tooLong"), 150),
  relationship: requiredText(k("plans.networkPerson.relationship.required"), k("plans.form.tooLong"), 150),
  phone: optionalNullableText(),
  contribution: optionalNullableText(k("plans.form.tooLong"), 1000),
});
