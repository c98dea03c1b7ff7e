import type { ClosureReason } from "./closure";
import { calendarDate, isIsoDate, type IsoDate } from "./calendar-date";
import { isOpen, transition, type PlanStatus } from "./plan-status";
import { isBlank, type EarlyHelpMessageKey, type FieldError, type Outcome } from "./validation";

/**
 * Consent is recorded for named purposes because consent to a referral (given
 * on a contact) is not consent to work on a plan: a plan needs "plan".
 */
export const consentPurposes = ["assessment", "plan", "information_sharing"] as const;
export type ConsentPurpose = (typeof consentPurposes)[number];

export const consentPurposeLabels = {
  assessment: "earlyHelp.consent.purpose.assessment",
  plan: "earlyHelp.consent.purpose.plan",
  information_sharing: "earlyHelp.consent.purpose.informationSharing",
} as const satisfies Record<ConsentPurpose, EarlyHelpMessageKey>;

/** `relationship` is to the children, such as "mother" or "the young person themself". */
interface ConsentPerson {
  name: string;
  relationship: string;
}

export interface ConsentWithdrawal {
  by: ConsentPerson;
  on: IsoDate;
}

export interface ConsentRecord {
  givenBy: ConsentPerson;
  givenOn: IsoDate;
  purposes: ConsentPurpose[];
  withdrawal: ConsentWithdrawal | null;
}

/** Consent stands from when it was given until it is withdrawn. */
export function consentStands(consent: ConsentRecord | null): boolean {
  return consent !== null && consent.withdrawal === null;
}

/**
 * Goals, actions and reviews are work with the family, so they need an open
 * plan and the family's consent; a plan paused by a withdrawal holds none.
 */
export function holdsReviews(plan: { status: PlanStatus; consent: ConsentRecord | null }): boolean {
  return isOpen(plan) && consentStands(plan.consent);
}

function personErrors(person: ConsentPerson, field: string): FieldError[] {
  const errors: FieldError[] = [];
  if (isBlank(person.name)) errors.push({ field: `${field}.name`, key: "earlyHelp.consent.error.nameRequired" });
  if (isBlank(person.relationship)) {
    errors.push({ field: `${field}.relationship`, key: "earlyHelp.consent.error.relationshipRequired" });
  }
  return errors;
}

function pastDateError(date: IsoDate, today: IsoDate, field: string): FieldError[] {
  if (!isIsoDate(date)) return [{ field, key: "earlyHelp.consent.error.dateInvalid" }];
  if (date > today) return [{ field, key: "earlyHelp.consent.error.dateInFuture" }];
  return [];
}

/**
 * A plan cannot start without the family's informed consent to work on a
 * plan, given by someone we can name, on a day that has happened. Step-down
 * requests use the same rule, because they start a plan too.
 */
export function validateConsentForPlan(consent: ConsentRecord | null, now: Date): FieldError[] {
  if (consent === null) return [{ field: "consent", key: "earlyHelp.consent.error.required" }];
  const errors = [
    ...personErrors(consent.givenBy, "givenBy"),
    ...pastDateError(consent.givenOn, calendarDate(now), "givenOn"),
  ];
  if (!consent.purposes.includes("plan")) {
    errors.push({ field: "purposes", key: "earlyHelp.consent.error.planPurposeRequired" });
  }
  if (consent.withdrawal !== null) errors.push({ field: "consent", key: "earlyHelp.consent.error.withdrawn" });
  return errors;
}

export function validateConsentWithdrawal(
  consent: ConsentRecord,
  withdrawal: ConsentWithdrawal,
  now: Date,
): FieldError[] {
  if (consent.withdrawal !== null) return [{ field: "consent", key: "earlyHelp.consent.error.alreadyWithdrawn" }];
  const errors = [...personErrors(withdrawal.by, "by"), ...pastDateError(withdrawal.on, calendarDate(now), "on")];
  if (errors.length === 0 && withdrawal.on < consent.givenOn) {
    errors.push({ field: "on", key: "earlyHelp.consent.error.withdrawnBeforeGiven" });
  }
  return errors;
}

/** The lead professional's choice: pause if the family may agree again soon, close if not. */
export type ConsentWithdrawalChoice = "pause" | "close";

/**
 * Closing still goes through closure, which asks for final scores, so this
 * returns what to do rather than the new status.
 */
export type ConsentWithdrawalDecision =
  | { action: "pause" }
  | {
      action: "close";
      closureReason: Extract<ClosureReason, "consent_withdrawn">;
    };

/**
 * A plan still waiting for a lead professional has had no work to pause, so
 * withdrawal closes it whatever was chosen; the family can be referred again.
 * Otherwise the plan's status rules decide, so a plan with a step-up before the
 * MASH is left for the MASH's decision.
 */
export function onConsentWithdrawn(
  plan: { status: PlanStatus },
  choice: ConsentWithdrawalChoice,
): Outcome<{ decision: ConsentWithdrawalDecision }> {
  const action = plan.status === "awaiting_allocation" ? "close" : choice;
  const allowed = transition(plan.status, { type: action });
  if (!allowed.ok) return allowed;
  return {
    ok: true,
    decision: action === "pause" ? { action } : { action, closureReason: "consent_withdrawn" },
  };
}
