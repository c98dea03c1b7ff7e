import { z } from "zod";
import { choice, yesNo } from "./fields";
import { key } from "./messages";

/**
 * The GOV.UK "add another" question under a list of children or adults. A "no"
 * is what completes the section, which is how a contact can honestly have no
 * other adults: the referrer has said so, rather than just not got round to it.
 */
export const addAnotherChildSchema = z.object({
  addAnother: choice(yesNo, key("contact.children.addAnother.required")),
});

export const addAnotherAdultSchema = z.object({
  addAnother: choice(yesNo, key("contact.adults.addAnother.required")),
});

export type AddAnotherAnswers = z.output<typeof addAnotherChildSchema>;

/** "Are you sure you want to remove…?" under GOV.UK's add another pattern. */
export const removeChildSchema = z.object({
  remove: choice(yesNo, key("contact.children.remove.required")),
});

export const removeAdultSchema = z.object({
  remove: choice(yesNo, key("contact.adults.remove.required")),
});
