/**
 * Every action the audit trail records, so that writing an event with any
 * other fails the typecheck, and a search of the trail knows what it can ask.
 *
 * How a new action is named: dotted camelCase words, the thing acted on and
 * then what happened to it in the past tense ("person.merged",
 * "referral.nfaRecorded", "user.invitationResent"), after its area where the
 * thing alone would be ambiguous ("mash.contact.claimed",
 * "earlyHelp.plan.created", "auth.signIn.failed"). A view is "….viewed", a
 * list "….listed" or "….listViewed", a refusal "access.denied…".
 */
const actions = [
  "auth.password.changeFailed",
  "auth.password.changed",
  "auth.password.reset",
  "auth.passwordReset.requested",
  "auth.recoveryCode.used",
  "auth.recoveryCodes.replaced",
  "auth.session.ended",
  "auth.session.endedOthers",
  "auth.signIn.failed",
  "auth.signIn.succeeded",
  "auth.signedOut",
  "auth.twoFactor.changed",
  "auth.twoFactor.enrolled",
  "auth.twoFactor.failed",
  "auth.twoFactor.replayRefused",
  "user.deactivated",
  "user.invitationAccepted",
  "user.invitationResent",
  "user.invited",
  "user.reactivated",
  "user.roleChanged",
  "organisation.created",
  "organisation.updated",
  "access.denied",
  "access.deniedEarlyHelpPlan",
  "access.deniedOtherOrganisation",
  "access.deniedStepDown",
  "audit.childViewersViewed",
  "audit.searched",
  "notification.preferencesChanged",
  "notification.retried",
  "contact.confirmedInWriting",
  "contact.publicSubmitted",
  "contact.recorded",
  "contact.referralSourceCorrected",
  "mash.check.answered",
  "mash.check.requested",
  "mash.check.viewed",
  "mash.checks.viewed",
  "mash.contact.assigned",
  "mash.contact.claimed",
  "mash.contact.rated",
  "mash.contact.reassigned",
  "mash.contact.released",
  "mash.contact.viewed",
  "mash.decision.recorded",
  "mash.decision.sentForSignOff",
  "mash.queue.viewed",
  "mash.signOff.approved",
  "mash.signOff.listViewed",
  "mash.signOff.returned",
  "person.corrected",
  "person.created",
  "person.linked",
  "person.merged",
  "person.unlinked",
  "person.unmerged",
  "person.viewed",
  "referral.allocated",
  "referral.created",
  "referral.listViewed",
  "referral.nfaRecorded",
  "referral.reallocated",
  "referral.viewed",
  "earlyHelp.action.added",
  "earlyHelp.action.done",
  "earlyHelp.assessment.saved",
  "earlyHelp.child.added",
  "earlyHelp.consent.recorded",
  "earlyHelp.consent.withdrawn",
  "earlyHelp.coordinator.viewed",
  "earlyHelp.familyNetwork.meetingSaved",
  "earlyHelp.familyNetwork.memberAdded",
  "earlyHelp.familyNetwork.memberRemoved",
  "earlyHelp.goal.added",
  "earlyHelp.plan.allocated",
  "earlyHelp.plan.closed",
  "earlyHelp.plan.created",
  "earlyHelp.plan.linkedToDecision",
  "earlyHelp.plan.viewed",
  "earlyHelp.plans.listed",
  "earlyHelp.review.recorded",
  "earlyHelp.stepDown.accepted",
  "earlyHelp.stepDown.resent",
  "earlyHelp.stepDown.returned",
  "earlyHelp.stepDown.sent",
  "earlyHelp.stepDown.viewed",
  "earlyHelp.stepDowns.listed",
  "earlyHelp.stepUp.decided",
  "earlyHelp.stepUp.requested",
  "earlyHelp.team.memberAdded",
  "earlyHelp.team.memberRemoved",
  "reports.figureExported",
  "reports.returnExported",
  "reports.viewed",
] as const;

/**
 * Named before the scheme above, in the present tense. Audit rows are
 * append-only history and searches find old rows by these names, so they stay
 * as they are; add nothing here.
 */
const legacyActions = [
  "contact.submit",
  "contact.view",
  "contact.draft.start",
  "contact.draft.startRecording",
  "contact.draft.save",
  "contact.draft.keepUnsaved",
  "contact.draft.remove",
  "contact.draft.purge",
  "thresholds.upload",
  "thresholds.publish",
] as const;

export const auditActions = [...actions, ...legacyActions] as const;
export type AuditAction = (typeof auditActions)[number];

/** For the test that holds new actions to the naming scheme. */
export const schemeActions: readonly AuditAction[] = actions;
export const legacyAuditActions: readonly AuditAction[] = legacyActions;
