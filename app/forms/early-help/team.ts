import { z } from "zod";
import { k, optionalEmail, optionalNullableText, requiredText } from "./fields";
import { uuid } from "~/forms/uuid";

export const teamUserSchema = z.object({
  userId: uuid(k("plans.team.error.userRequired")),
});

export const teamPersonSchema = z.object({
  name: requiredText(k("plans.teamPerson.name.required"), k("plans.form.tooLong"), 150),
  agency: requiredText(k("plans.teamPerson.agency.required"), k("plans.form.tooLong"), 150),
  role: requiredText(k("plans.teamPerson.role.required"), k("plans.form.tooLong"), 150),
  email: optionalEmail,
  phone: optionalNullableText(),
});

export const removeSchema = z.object({ memberId: uuid() });
