import { z } from "zod";
import { referralSources } from "~/domain/contact/census";
import { key, requiredText } from "./fields";

/** A screener's correction of a contact's census source: the right code, and how they know. */
export const referralSourceSchema = z.object({
  referralSource: z.enum(referralSources.map(({ code }) => code) as [string, ...string[]], {
    error: key("mash.source.referralSource.required"),
  }),
  reason: requiredText(
    { required: key("mash.source.reason.required"), tooLong: key("mash.source.reason.tooLong") },
    1000,
  ),
});

export type ReferralSourceCorrection = z.output<typeof referralSourceSchema>;
