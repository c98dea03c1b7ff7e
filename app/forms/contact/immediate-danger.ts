import { z } from "zod";
import { choice, yesNo } from "./fields";
import { key } from "./messages";

/** The first question of every contact: a form is not how to report a child in immediate danger. */
export const immediateDangerSchema = z.object({
  immediateDanger: choice(yesNo, key("contact.immediateDanger.required")),
});

export type ImmediateDangerAnswers = z.output<typeof immediateDangerSchema>;
