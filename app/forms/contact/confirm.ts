import { z } from "zod";
import { requiredText } from "./fields";
import { key } from "./messages";

/**
 * A professional confirming in writing the contact the MASH typed up from
 * their phone call: it is right, or this is what needs correcting.
 */
export const confirmContactSchema = z.discriminatedUnion(
  "accurate",
  [
    z.object({ accurate: z.literal("yes") }),
    z.object({
      accurate: z.literal("no"),
      correction: requiredText(
        { required: key("contact.confirm.correction.required"), tooLong: key("contact.confirm.correction.tooLong") },
        5000,
      ),
    }),
  ],
  { error: key("contact.confirm.accurate.required") },
);

export type ConfirmContactAnswers = z.output<typeof confirmContactSchema>;
