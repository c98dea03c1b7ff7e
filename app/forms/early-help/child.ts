import { z } from "zod";
import { addToIsoDate } from "~/forms/date-input";
import { dateMessages } from "~/forms/date-input";
import { date, k, requiredText } from "./fields";

const nameLength = 100;

/** A child on a plan: up to 18, born (an unborn baby comes to a plan through the MASH). */
export const childFields = {
  firstName: requiredText(k("plans.child.firstName.required"), k("plans.child.firstName.tooLong"), nameLength),
  lastName: requiredText(k("plans.child.lastName.required"), k("plans.child.lastName.tooLong"), nameLength),
  dateOfBirth: date(dateMessages("plans.child.dateOfBirth"), {
    earliest: {
      date: (today) => addToIsoDate(today, { years: -18, days: 1 }),
      message: k("plans.child.dateOfBirth.tooEarly"),
    },
    latest: { date: (today) => today, message: k("plans.child.dateOfBirth.tooLate") },
  }),
};

export const childSchema = z.object(childFields);
