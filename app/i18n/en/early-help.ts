/**
 * Early help and Family Help plans. Messages with `{leadProfessional}` take the
 * council's term for the role (see `app/domain/early-help/terminology.ts`), so
 * one sentence serves councils before and after the Families First reforms.
 */
export const earlyHelp = {
  "earlyHelp.term.plan.earlyHelp": "early help plan",
  "earlyHelp.term.plan.familyHelp": "Family Help plan",
  "earlyHelp.term.planCapitalised.earlyHelp": "Early help plan",
  "earlyHelp.term.planCapitalised.familyHelp": "Family Help plan",
  "earlyHelp.term.leadProfessional.earlyHelp": "lead professional",
  "earlyHelp.term.leadProfessional.familyHelp": "Family Help lead practitioner",
  "earlyHelp.term.leadProfessionalCapitalised.earlyHelp": "Lead professional",
  "earlyHelp.term.leadProfessionalCapitalised.familyHelp": "Family Help lead practitioner",

  "earlyHelp.planKind.earlyHelp": "Early help",
  "earlyHelp.planKind.familyHelp": "Family Help",
  "earlyHelp.planKind.childInNeed": "Child in need (section 17)",

  "earlyHelp.outcomeArea.education": "Getting a good education",
  "earlyHelp.outcomeArea.earlyYears": "Good early years development",
  "earlyHelp.outcomeArea.health": "Improved mental and physical health",
  "earlyHelp.outcomeArea.substanceUse": "Promoting recovery and reducing harm from substance use",
  "earlyHelp.outcomeArea.familyRelationships": "Improved family relationships",
  "earlyHelp.outcomeArea.safeFromAbuseAndExploitation": "Children safe from abuse and exploitation",
  "earlyHelp.outcomeArea.crime": "Crime prevention and tackling crime",
  "earlyHelp.outcomeArea.domesticAbuse": "Safe from domestic abuse",
  "earlyHelp.outcomeArea.housing": "Secure housing",
  "earlyHelp.outcomeArea.financialStability": "Financial stability",

  "earlyHelp.status.awaitingAllocation": "Waiting for allocation",
  "earlyHelp.status.active": "Active",
  "earlyHelp.status.paused": "Paused",
  "earlyHelp.status.steppedUpPending": "Step-up with the MASH",
  "earlyHelp.status.closed": "Closed",
  "earlyHelp.status.error.closed": "This plan is closed. If the family needs help again, start a new plan",
  "earlyHelp.status.error.noLeadProfessional": "Allocate a {leadProfessional} to this plan first",
  "earlyHelp.status.error.notPaused": "You can only resume a plan that is paused",
  "earlyHelp.status.error.alreadyPaused": "This plan is already paused",
  "earlyHelp.status.error.stepUpPending": "You cannot do this while the MASH is deciding on the step-up",
  "earlyHelp.status.error.noStepUpPending": "There is no step-up waiting for a decision on this plan",
  "earlyHelp.status.error.stepUpWhilePaused":
    "You cannot request a step-up while the plan is paused. If you are worried about a child, make a contact to the MASH",

  "earlyHelp.allocation.error.leadProfessionalRequired": "Select a {leadProfessional}",
  "earlyHelp.allocation.error.socialWorkerRequired": "Select a social worker. A child in need plan must have one",

  "earlyHelp.consent.purpose.assessment": "Carry out an assessment of what the family needs",
  "earlyHelp.consent.purpose.plan": "Work with the family on a plan, with a team of people who support them",
  "earlyHelp.consent.purpose.informationSharing": "Share information about the family with the people in that team",
  "earlyHelp.consent.error.required": "Record the family's consent before the plan starts",
  "earlyHelp.consent.error.nameRequired": "Enter the name of the person who gave consent",
  "earlyHelp.consent.error.relationshipRequired": "Enter how the person is related to the children",
  "earlyHelp.consent.error.dateInvalid": "Date must be a real date",
  "earlyHelp.consent.error.dateInFuture": "Date must be today or in the past",
  "earlyHelp.consent.error.planPurposeRequired": "The family must agree to work on a plan before it can start",
  "earlyHelp.consent.error.withdrawn": "The family has withdrawn consent, so a plan cannot start",
  "earlyHelp.consent.error.alreadyWithdrawn": "The family has already withdrawn consent",
  "earlyHelp.consent.error.withdrawnBeforeGiven":
    "Date consent was withdrawn must be on or after the date it was given",

  "earlyHelp.score.error.required": "Enter a score from 0 to 10",
  "earlyHelp.score.error.range": "Score must be a whole number from 0 to 10",
  "earlyHelp.score.error.duplicate": "Enter only one score for each goal",
  "earlyHelp.score.error.goalNotOpen": "This goal was not open on that date, so it cannot be scored",

  "earlyHelp.review.status.onTrack": "On track",
  "earlyHelp.review.status.dueSoon": "Review due soon",
  "earlyHelp.review.status.overdue": "Review overdue",
  "earlyHelp.review.error.planNotOpen": "You can only record a review on an active plan",
  "earlyHelp.review.error.dateInvalid": "Date of the review must be a real date",
  "earlyHelp.review.error.dateInFuture": "Date of the review must be today or in the past",
  "earlyHelp.review.error.beforePlanStart": "Date of the review must be on or after the date the plan started",
  "earlyHelp.review.error.beforePreviousReview": "Date of the review must be on or after the date of the last review",
  "earlyHelp.review.error.attendeesRequired": "Enter who came to the review",
  "earlyHelp.review.error.attendeeNameRequired": "Enter the name of the person who came",
  "earlyHelp.review.error.attendeeRoleRequired": "Enter who the person is, for example 'mother' or 'class teacher'",
  "earlyHelp.review.error.whatChangedRequired": "Enter what has changed since the last review",
  "earlyHelp.review.error.nextReviewDateInvalid": "Date of the next review must be a real date",
  "earlyHelp.review.error.nextReviewNotAfterReview": "Date of the next review must be after the date of this review",

  "earlyHelp.closure.reason.outcomesAchieved": "Outcomes achieved",
  "earlyHelp.closure.reason.steppedDownToUniversalServices": "Stepped down to universal services",
  "earlyHelp.closure.reason.steppedUpToSocialCare": "Stepped up to children's social care",
  "earlyHelp.closure.reason.consentWithdrawn": "Family withdrew consent",
  "earlyHelp.closure.reason.familyDeclined": "Family declined early help",
  "earlyHelp.closure.reason.familyDidNotEngage": "Family did not engage",
  "earlyHelp.closure.reason.movedOutOfArea": "Family moved out of the area",
  "earlyHelp.closure.reason.other": "Another reason",
  "earlyHelp.closure.error.stepUpNotAccepted":
    "You can only choose 'stepped up to children's social care' when the MASH has accepted a step-up",
  "earlyHelp.closure.error.steppedUpOnly":
    "The MASH accepted the step-up, so the reason must be 'stepped up to children's social care'",
  "earlyHelp.closure.error.consentNotWithdrawn":
    "Record who withdrew consent and when before you choose 'family withdrew consent'",
  "earlyHelp.closure.error.otherReasonRequired": "Enter the reason for closing the plan",
  "earlyHelp.closure.error.dateInvalid": "Date the plan closed must be a real date",
  "earlyHelp.closure.error.dateInFuture": "Date the plan closed must be today or in the past",
  "earlyHelp.closure.error.beforePlanStart": "Date the plan closed must be on or after the date it started",
  "earlyHelp.closure.error.beforeLastReview": "Date the plan closed must be on or after the date of the last review",

  "earlyHelp.trend.improving": "Improving",
  "earlyHelp.trend.worsening": "Getting worse",
  "earlyHelp.trend.noChange": "No change",
  "earlyHelp.trend.notEnoughData": "Not enough scores yet",

  "earlyHelp.stepDown.status.pending": "Waiting for a decision",
  "earlyHelp.stepDown.status.accepted": "Accepted",
  "earlyHelp.stepDown.status.returned": "Returned to social care",
  "earlyHelp.stepDown.error.handoverSummaryRequired": "Enter a summary of the work with the family",
  "earlyHelp.stepDown.error.currentRisksRequired": "Enter the risks to the children now",
  "earlyHelp.stepDown.error.mustContinueRequired": "Enter what must carry on after the handover",
  "earlyHelp.stepDown.error.proposedLeadRequired":
    "Enter the proposed {leadProfessional} or the organisation that will provide one",
  "earlyHelp.stepDown.error.proposedLeadNameRequired": "Enter the name of the proposed {leadProfessional}",
  "earlyHelp.stepDown.error.proposedLeadOrganisationRequired": "Enter the organisation",
  "earlyHelp.stepDown.error.returnReasonsRequired":
    "Enter why you are returning the request, so social care can put it right",
  "earlyHelp.stepDown.error.meetingDateInvalid": "Date of the transition meeting must be a real date",
  "earlyHelp.stepDown.error.meetingBeforeRequest":
    "Date of the transition meeting must be on or after the date the request was sent",
  "earlyHelp.stepDown.error.notReturned": "You can only send a request again after it has been returned",
  "earlyHelp.stepDown.error.alreadyAccepted": "This request has already been accepted",
  "earlyHelp.stepDown.error.awaitingResubmission":
    "This request was returned. Social care needs to send it again first",

  "earlyHelp.assessment.error.needsRequired": "Enter at least one need before you mark the assessment as complete",
  "earlyHelp.assessment.error.familyViewRequired": "Enter the family's view before you mark the assessment as complete",
  "earlyHelp.assessment.error.childVoiceRequired": "Enter the child's voice before you mark the assessment as complete",

  "earlyHelp.familyNetwork.type.familyGroupConference": "Family group conference",
  "earlyHelp.familyNetwork.type.familyNetworkMeeting": "Family network meeting",
  "earlyHelp.familyNetwork.stage.notOffered": "Not offered",
  "earlyHelp.familyNetwork.stage.offered": "Offered, waiting for the family's answer",
  "earlyHelp.familyNetwork.stage.declined": "Offered, the family said no",
  "earlyHelp.familyNetwork.stage.accepted": "Accepted, not held yet",
  "earlyHelp.familyNetwork.stage.held": "Held",
  "earlyHelp.familyNetwork.error.notAccepted": "A meeting can only be held if the family accepted it",
  "earlyHelp.familyNetwork.error.heldInFuture": "Date of the meeting must be today or in the past",
  "earlyHelp.familyNetwork.error.heldBeforePlanStart":
    "Date of the meeting must be on or after the date the plan started",
} as const satisfies Record<string, string>;
