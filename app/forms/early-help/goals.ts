import { z } from "zod";
import { outcomeAreas } from "~/domain/early-help/outcome-areas";
import { dateMessages } from "~/forms/date-input";
import { choice, date, k, requiredScore, requiredText } from "./fields";

export const goalSchema = z
  .object({
    outcomeArea: choice(outcomeAreas, k("plans.goal.outcomeArea.required")),
    need: requiredText(k("plans.goal.need.required"), k("plans.form.tooLong"), 2000),
    description: requiredText(k("plans.goal.description.required"), k("plans.form.tooLong"), 2000),
    setOn: date(dateMessages("plans.goal.setOn")),
    baselineScore: requiredScore(k("plans.goal.baselineScore.required")),
    targetScore: requiredScore(k("plans.goal.targetScore.required")),
  })
  .refine((goal) => goal.targetScore > goal.baselineScore, {
    path: ["targetScore"],
    message: k("plans.goal.targetScore.notAboveBaseline"),
  });

export const actionSchema = z.object({
  what: requiredText(k("plans.action.what.required"), k("plans.form.tooLong"), 1000),
  who: requiredText(k("plans.action.who.required"), k("plans.form.tooLong"), 200),
  byWhen: date(dateMessages("plans.action.byWhen")),
});
