import { calendarDate, isIsoDate, type AddWorkingDays, type IsoDate } from "./calendar-date";
import { validateConsentForPlan, type ConsentRecord } from "./consent";
import { isBlank, type EarlyHelpMessageKey, type FieldError, type Outcome } from "./validation";

/** Social care may know the person who will lead, or only the service that will find one. */
export type ProposedLead =
  { type: "person"; name: string; organisation: string } | { type: "organisation"; organisation: string };

/**
 * What early help needs so the family does not have to tell their story again:
 * what happened, what is still risky and what must not stop at handover.
 */
export interface StepDownRequest {
  handoverSummary: string;
  currentRisks: string;
  mustContinue: string;
  consent: ConsentRecord | null;
  proposedLead: ProposedLead | null;
}

function proposedLeadErrors(lead: ProposedLead | null): FieldError[] {
  if (lead === null) return [{ field: "proposedLead", key: "earlyHelp.stepDown.error.proposedLeadRequired" }];
  const errors: FieldError[] = [];
  if (lead.type === "person" && isBlank(lead.name)) {
    errors.push({ field: "proposedLead.name", key: "earlyHelp.stepDown.error.proposedLeadNameRequired" });
  }
  if (isBlank(lead.organisation)) {
    errors.push({
      field: "proposedLead.organisation",
      key: "earlyHelp.stepDown.error.proposedLeadOrganisationRequired",
    });
  }
  return errors;
}

/** Consent errors keep their own field names under `consent.`. */
export function validateStepDownRequest(request: StepDownRequest, now: Date): FieldError[] {
  const required = (text: string, field: string, key: EarlyHelpMessageKey): FieldError[] =>
    isBlank(text) ? [{ field, key }] : [];
  return [
    ...required(request.handoverSummary, "handoverSummary", "earlyHelp.stepDown.error.handoverSummaryRequired"),
    ...required(request.currentRisks, "currentRisks", "earlyHelp.stepDown.error.currentRisksRequired"),
    ...required(request.mustContinue, "mustContinue", "earlyHelp.stepDown.error.mustContinueRequired"),
    ...validateConsentForPlan(request.consent, now).map((error) =>
      error.field === "consent" ? error : { ...error, field: `consent.${error.field}` },
    ),
    ...proposedLeadErrors(request.proposedLead),
  ];
}

export interface StepDownPolicy {
  responseWorkingDays: number;
}

export const defaultStepDownPolicy: StepDownPolicy = { responseWorkingDays: 5 };

/**
 * The early help manager's deadline. A returned request that is sent again
 * starts a new clock from when it was sent, since the manager has new
 * information to read.
 */
export function stepDownDueAt(submittedAt: Date, policy: StepDownPolicy, addWorkingDays: AddWorkingDays): Date {
  return addWorkingDays(submittedAt, policy.responseWorkingDays);
}

export const stepDownStatuses = ["pending", "accepted", "returned"] as const;
export type StepDownStatus = (typeof stepDownStatuses)[number];

export const stepDownStatusLabels = {
  pending: "earlyHelp.stepDown.status.pending",
  accepted: "earlyHelp.stepDown.status.accepted",
  returned: "earlyHelp.stepDown.status.returned",
} as const satisfies Record<StepDownStatus, EarlyHelpMessageKey>;

/**
 * Social care answers a return by improving the request and sending it again,
 * rather than starting a new one, so the history stays in one place.
 */
export type StepDownDecision =
  { type: "accept"; transitionMeetingOn: IsoDate } | { type: "return"; reasons: string } | { type: "resubmit" };

type Cell = { to: StepDownStatus } | { error: EarlyHelpMessageKey };

const alreadyAccepted = { error: "earlyHelp.stepDown.error.alreadyAccepted" } as const;
const awaitingResubmission = { error: "earlyHelp.stepDown.error.awaitingResubmission" } as const;

const stepDownTransitions: Record<StepDownStatus, Record<StepDownDecision["type"], Cell>> = {
  pending: {
    accept: { to: "accepted" },
    return: { to: "returned" },
    resubmit: { error: "earlyHelp.stepDown.error.notReturned" },
  },
  accepted: { accept: alreadyAccepted, return: alreadyAccepted, resubmit: alreadyAccepted },
  returned: { accept: awaitingResubmission, return: awaitingResubmission, resubmit: { to: "pending" } },
};

export function stepDownTransition(
  status: StepDownStatus,
  decision: StepDownDecision["type"],
): Outcome<{ status: StepDownStatus }> {
  const cell = stepDownTransitions[status][decision];
  return "to" in cell ? { ok: true, status: cell.to } : { ok: false, error: cell.error };
}

/**
 * Accepting books the transition meeting, where social worker, family and
 * lead professional meet so that nothing drops at handover; it cannot be
 * before the request was sent. A return must say why, so social care can fix it.
 */
export function validateStepDownDecision(
  request: { status: StepDownStatus; submittedAt: Date },
  decision: StepDownDecision,
): FieldError[] {
  const allowed = stepDownTransition(request.status, decision.type);
  if (!allowed.ok) return [{ field: "status", key: allowed.error }];
  if (decision.type === "return" && isBlank(decision.reasons)) {
    return [{ field: "reasons", key: "earlyHelp.stepDown.error.returnReasonsRequired" }];
  }
  if (decision.type === "accept") {
    const field = "transitionMeetingOn";
    if (!isIsoDate(decision.transitionMeetingOn)) {
      return [{ field, key: "earlyHelp.stepDown.error.meetingDateInvalid" }];
    }
    if (decision.transitionMeetingOn < calendarDate(request.submittedAt)) {
      return [{ field, key: "earlyHelp.stepDown.error.meetingBeforeRequest" }];
    }
  }
  return [];
}
