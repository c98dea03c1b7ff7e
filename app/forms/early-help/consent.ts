import { z } from "zod";
import { consentPurposes, type ConsentRecord } from "~/domain/early-help/consent";
import { dateMessages } from "~/forms/date-input";
import { choice, date, k, requiredText } from "./fields";

/** Who gave consent, when, and to what. Whether "plan" is among the purposes is the domain's rule to check. */
export const consentFields = {
  givenBy: z.object({
    name: requiredText(k("earlyHelp.consent.error.nameRequired")),
    relationship: requiredText(k("earlyHelp.consent.error.relationshipRequired")),
  }),
  givenOn: date(dateMessages("plans.consent.givenOn")),
  purposes: z.array(z.enum(consentPurposes)).optional(),
};

export const consentSchema = z.object(consentFields);

export function toConsentRecord(value: z.output<typeof consentSchema>): ConsentRecord {
  return { givenBy: value.givenBy, givenOn: value.givenOn, purposes: value.purposes ?? [], withdrawal: null };
}

export const withdrawConsentSchema = z.object({
  by: z.object({
    name: requiredText(k("earlyHelp.consent.error.nameRequired")),
    relationship: requiredText(k("earlyHelp.consent.error.relationshipRequired")),
  }),
  on: date(dateMessages("plans.withdraw.on")),
  choice: choice(["pause", "close"], k("plans.withdraw.choice.required")),
});
