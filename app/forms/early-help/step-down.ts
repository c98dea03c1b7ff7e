import { z } from "zod";
import type { StepDownInput } from "~/services/early-help-step-downs.server";
import { planKinds } from "~/domain/early-help/terminology";
import { childFields } from "./child";
import { consentFields } from "./consent";
import { dateMessages } from "~/forms/date-input";
import { choice, date, k, optionalText, requiredText } from "./fields";

/** Room for three children without JavaScript; the first is required and a row left empty is skipped. */
export const stepDownChildRows = 3;

const childRow = z.object(childFields);

/** Whether anything was typed: Conform leaves a row of empty boxes as an object of empty values. */
function filled(value: unknown): boolean {
  if (typeof value === "string") return value.trim() !== "";
  return typeof value === "object" && value !== null && Object.values(value).some(filled);
}

const optionalChildRow = z.unknown().transform((value, ctx) => {
  const row = (value ?? {}) as Record<string, unknown>;
  if (!filled(row)) return null;
  const parsed = childRow.safeParse(row);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
  return z.NEVER;
});

/** The first child's row is required, checked on the list itself so it shows alongside the page's other problems. */
const children = z
  .array(optionalChildRow)
  .optional()
  .superRefine((rows, ctx) => {
    if (!rows?.[0])
      ctx.addIssue({ code: "custom", path: [0, "firstName"], message: k("stepDowns.form.childRequired") });
  });

export const stepDownSchema = z.object({
  children,
  handoverSummary: requiredText(k("earlyHelp.stepDown.error.handoverSummaryRequired")),
  currentRisks: requiredText(k("earlyHelp.stepDown.error.currentRisksRequired")),
  mustContinue: requiredText(k("earlyHelp.stepDown.error.mustContinueRequired")),
  consent: z.object(consentFields),
  proposedLeadType: choice(["person", "organisation"], k("earlyHelp.stepDown.error.proposedLeadRequired")),
  proposedLeadName: optionalText(k("plans.form.tooLong"), 150),
  proposedLeadOrganisation: optionalText(k("plans.form.tooLong"), 150),
  kind: z.enum(planKinds).optional(),
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
