import { z } from "zod";
import { optionalDateInput } from "~/forms/date-input";
import { organisationTypes } from "~/domain/organisations";
import { roles } from "~/domain/roles";
import { emailAddress, key, optionalText, requiredText } from "./fields";
import { uuid } from "~/forms/uuid";

export const organisationSchema = z.object({
  name: requiredText(key("admin.organisation.name.required"), 150, key("admin.organisation.name.tooLong")),
  type: z.enum(organisationTypes, { error: key("admin.organisation.type.required") }),
  phone: optionalText(30, key("admin.organisation.phone.tooLong")),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, key("admin.organisation.email.invalid"))
    .optional(),
});

const organisationId = uuid(key("admin.invite.organisation.required"));
const role = z.enum(roles, { error: key("admin.invite.role.required") });

export const inviteSchema = z.object({
  name: requiredText(key("admin.invite.name.required"), 100, key("admin.invite.name.tooLong")),
  email: emailAddress(key("admin.invite.email.required"), key("admin.invite.email.invalid")),
  jobTitle: optionalText(100, key("admin.invite.jobTitle.tooLong")),
  organisationId,
  role,
});

const reason = requiredText(key("admin.userRole.reason.required"), 500, key("admin.userRole.reason.tooLong"));

export const roleChangeSchema = z.object({ organisationId, role, reason });

export const deactivateSchema = z.object({ reason });

const dateMessages = {
  missingDay: key("admin.audit.date.invalid"),
  missingMonth: key("admin.audit.date.invalid"),
  missingYear: key("admin.audit.date.invalid"),
  missingDayAndMonth: key("admin.audit.date.invalid"),
  missingDayAndYear: key("admin.audit.date.invalid"),
  missingMonthAndYear: key("admin.audit.date.invalid"),
  yearFourDigits: key("admin.audit.date.invalid"),
  invalid: key("admin.audit.date.invalid"),
};

const personId = uuid(key("admin.audit.personId.invalid"));

export const auditSearchSchema = z.object({
  email: z.string().trim().toLowerCase().optional(),
  personId: personId.optional(),
  subjectType: z.string().trim().max(100).optional(),
  subjectId: z.string().trim().max(200).optional(),
  action: z.string().trim().max(100).optional(),
  from: optionalDateInput({ messages: dateMessages }),
  to: optionalDateInput({ messages: dateMessages }),
});

export const childViewsSchema = z.object({
  personId: z.string({ error: key("admin.childViews.personId.required") }).pipe(personId),
});
