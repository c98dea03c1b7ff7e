/**
 * Where a submitted contact is in screening. Who is working on it and which
 * checks are open are stored alongside; the status only says what may happen
 * next, so that two screeners, or a screener and a manager, cannot move a
 * contact into a state that makes no sense.
 */
export const contactStatuses = [
  "submitted",
  "in_screening",
  "awaiting_checks",
  "awaiting_sign_off",
  "decided",
] as const;
export type ContactStatus = (typeof contactStatuses)[number];

/**
 * Everything not yet decided stays in the MASH queue, including a decision
 * waiting for sign-off: it does not stand, and the referrer has not been
 * told, until a manager approves it, so its clock is still running.
 */
export const statusesAwaitingDecision: readonly ContactStatus[] = [
  "submitted",
  "in_screening",
  "awaiting_checks",
  "awaiting_sign_off",
];

export type ContactEvent =
  | { type: "claim" }
  | { type: "release" }
  /** A manager gives the contact to a screener, whether or not someone already has it. */
  | { type: "assign" }
  | { type: "request_check" }
  /** The last open information check has been answered. */
  | { type: "checks_answered" }
  | { type: "record_decision"; needsSignOff: boolean }
  | { type: "approve_sign_off" }
  | { type: "return_from_sign_off"; comment: string };

export type WorkflowError =
  | "workflow.error.alreadyDecided"
  | "workflow.error.alreadyClaimed"
  | "workflow.error.notClaimed"
  | "workflow.error.checksOpen"
  | "workflow.error.noChecksOpen"
  | "workflow.error.awaitingSignOff"
  | "workflow.error.notAwaitingSignOff"
  | "workflow.error.returnCommentRequired";

export type TransitionResult = { ok: true; status: ContactStatus } | { ok: false; error: WorkflowError };

const moveTo = (status: ContactStatus): TransitionResult => ({ ok: true, status });
const refuse = (error: WorkflowError): TransitionResult => ({ ok: false, error });

export function transition(status: ContactStatus, event: ContactEvent): TransitionResult {
  switch (status) {
    case "decided":
      return refuse("workflow.error.alreadyDecided");
    case "awaiting_sign_off":
      return signOff(event);
    case "submitted":
      return unclaimed(event);
    case "in_screening":
    case "awaiting_checks":
      return claimed(status, event);
  }
}

/** Only the manager's answer can move a decision waiting for sign-off. */
function signOff(event: ContactEvent): TransitionResult {
  switch (event.type) {
    case "approve_sign_off":
      return moveTo("decided");
    case "return_from_sign_off":
      return event.comment.trim() === "" ? refuse("workflow.error.returnCommentRequired") : moveTo("in_screening");
    default:
      return refuse("workflow.error.awaitingSignOff");
  }
}

function unclaimed(event: ContactEvent): TransitionResult {
  switch (event.type) {
    case "claim":
    case "assign":
      return moveTo("in_screening");
    case "approve_sign_off":
    case "return_from_sign_off":
      return refuse("workflow.error.notAwaitingSignOff");
    default:
      return refuse("workflow.error.notClaimed");
  }
}

function claimed(status: "in_screening" | "awaiting_checks", event: ContactEvent): TransitionResult {
  switch (event.type) {
    case "claim":
      return refuse("workflow.error.alreadyClaimed");
    case "assign":
      return moveTo(status);
    case "release":
      // Back in the queue as `submitted` it would look as if nobody had
      // asked a partner anything; a manager reassigns it instead.
      return status === "awaiting_checks" ? refuse("workflow.error.checksOpen") : moveTo("submitted");
    case "request_check":
      return moveTo("awaiting_checks");
    case "checks_answered":
      return status === "awaiting_checks" ? moveTo("in_screening") : refuse("workflow.error.noChecksOpen");
    case "record_decision":
      // Allowed with checks still open: a Red contact must not wait on a slow
      // partner (checks taking 16 days were an inspection finding). Whoever
      // records the decision withdraws the open checks.
      return moveTo(event.needsSignOff ? "awaiting_sign_off" : "decided");
    case "approve_sign_off":
    case "return_from_sign_off":
      return refuse("workflow.error.notAwaitingSignOff");
  }
}

/**
 * Rating, matching and linking happen between claiming a contact and
 * recording its decision; outside that window the refusal says why.
 */
export function refusalForScreeningWork(status: ContactStatus): WorkflowError | null {
  switch (status) {
    case "submitted":
      return "workflow.error.notClaimed";
    case "awaiting_sign_off":
      return "workflow.error.awaitingSignOff";
    case "decided":
      return "workflow.error.alreadyDecided";
    case "in_screening":
    case "awaiting_checks":
      return null;
  }
}
