import { z } from "zod";
import type { StepDownInput } from "~/services/early-help-step-downs.server";
import { planKinds } from "~/domain/early-help/terminology";
import { childFields } from "./child";
import { consentFields } from "./consent";
import { choice, date, dateMessages, k, optionalText, requiredText } from "./fields";

/** Room for three children without JavaScript; the first is required and a row left empty is skipped. */
export const stepDownChildRows = 3;

const childRow = z.object(childFields);

const optionalChildRow = z.unknown().transform((value, ctx) => {
  const row = (value ?? {}) as Record<string, unknown>;
  const hasDate =
    typeof row.dateOfBirth === "object" && row.dateOfBirth !== null && Object.keys(row.dateOfBirth).length > 0;
  if (row.firstName === undefined && row.lastName === undefined && !hasDate) return null;
  const parsed = childRow.safeParse(row);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
  return z.NEVER;
});

export const stepDownSchema = z
  .object({
    children: z.array(optionalChildRow).optional(),
    handoverSummary: requiredText(k("earlyHelp.stepDown.error.handoverSummaryRequired")),
    currentRisks: requiredText(k("earlyHelp.stepDown.error.currentRisksRequired")),
    mustContinue: requiredText(k("earlyHelp.stepDown.error.mustContinueRequired")),
    consent: z.object(consentFields),
    proposedLeadType: choice(["person", "organisation"], k("earlyHelp.stepDown.error.proposedLeadRequired")),
    proposedLeadName: optionalText(k("plans.form.tooLong"), 150),
    proposedLeadOrganisation: optionalText(k("plans.form.tooLong"), 150),
    kind: z.enum(planKinds).optional(),
  })
  .superRefine((value, ctx) => {
    if (!value.children?.[0]) {
      ctx.addIssue({ code: "custom", path: ["children", 0, "firstName"], message: k("stepDowns.form.childRequired") });
    }
  });

export function toStepDownInput(value: z.output<typeof stepDownSchema>): StepDownInput {
  return {
    children: (value.children ?? []).filter((child) => child !== null),
    handoverSummary: value.handoverSummary,
    currentRisks: value.currentRisks,
    mustContinue: value.mustContinue,
    consent: {
      givenBy: value.consent.givenBy,
      givenOn: value.consent.givenOn,
      purposes: value.consent.purposes ?? [],
      withdrawal: null,
    },
    proposedLead:
      value.proposedLeadType === "person"
        ? { type: "person", name: value.proposedLeadName, organisation: value.proposedLeadOrganisation }
        : { type: "organisation", organisation: value.proposedLeadOrganisation },
    kind: value.kind,
  };
}

export const acceptStepDownSchema = z.object({
  transitionMeetingOn: date(dateMessages("stepDowns.accept.transitionMeetingOn")),
});

export const returnStepDownSchema = z.object({
  reasons: requiredText(k("earlyHelp.stepDown.error.returnReasonsRequired")),
});
