/**
 * Emails about work in the portal, and the pages about notifications. The
 * account messages (invitation, password, two-factor, sign-in) are in
 * auth.ts. No email names or describes a child: each gives a reference and a
 * link back to the portal, where the details are behind sign-in.
 */
export const notifications = {
  "mail.informationCheckRequested.subject": "The MASH has asked you for information",
  "mail.informationCheckRequested.body":
    "Dear {name},\n\nNorthmoor MASH has asked your agency for information about a contact it is screening. Please answer as soon as you can.\n\nSee the request and answer it at {link}",
  "mail.signOffAwaiting.subject": "Decision on contact {reference} is waiting for your sign-off",
  "mail.signOffAwaiting.body":
    "Dear {name},\n\nA screener has recorded a decision on contact {reference} that needs a manager’s sign-off. The referrer is not told until it is signed off.\n\nReview it at {link}",
  "mail.contactDeadlineApproaching.subject": "Contact {reference} reaches its {deadline} at {dueAt}",
  "mail.contactDeadlineApproaching.body":
    "Dear {name},\n\nContact {reference} reaches its {deadline} at {dueAt}.\n\nOpen it at {link}",
  "mail.contactDeadlinePassed.subject": "Contact {reference} is past its {deadline}",
  "mail.contactDeadlinePassed.body":
    "Dear {name},\n\nContact {reference} passed its {deadline} at {dueAt} and has not had a decision yet.\n\nOpen it at {link}",
  "mail.deadline.screening": "screening deadline",
  "mail.deadline.decision": "decision deadline",
  "mail.earlyHelpReviewDue.subject": "Plan {planReference} is due a review on {dueOn}",
  "mail.earlyHelpReviewDue.body":
    "Dear {name},\n\nThe review of plan {planReference} is due on {dueOn}. If the team around the family has not yet arranged to meet, please arrange it now.\n\nSee the plan at {link}",
  "mail.earlyHelpReviewOverdue.subject": "The review of plan {planReference} is overdue",
  "mail.earlyHelpReviewOverdue.body":
    "Dear {name},\n\nThe review of plan {planReference} was due on {dueOn} and has not been recorded.\n\nRecord the review at {link}",
  "mail.stepDownAwaitingAcceptance.subject": "Step-down {reference} is waiting for early help to accept it",
  "mail.stepDownAwaitingAcceptance.body":
    "Dear {name},\n\nChildren’s social care has asked to step down a family to early help (reference {reference}). It is waiting for your team to accept it or return it.\n\nSee the step-down at {link}",
  "mail.stepDownAccepted.subject": "Step-down {reference} was accepted",
  "mail.stepDownAccepted.body":
    "Dear {name},\n\nEarly help has accepted step-down {reference} and named a lead professional.\n\nSee it at {link}",
  "mail.stepDownDeclined.subject": "Step-down {reference} was returned",
  "mail.stepDownDeclined.body":
    "Dear {name},\n\nEarly help has returned step-down {reference} to you, with its reasons.\n\nSee the reasons at {link}",

  "nav.notifications": "Notifications",
  "notifications.account.heading": "Emails",
  "notifications.account.link": "Choose which emails about your work you receive",
  "notifications.preferences.title": "Email notifications",
  "notifications.preferences.lead":
    "Choose which emails about your work Front Door sends you. Emails never name or describe a child: they give a reference and a link back to Front Door.",
  "notifications.preferences.legend": "Send me an email when",
  "notifications.preferences.hint": "Select all that apply.",
  "notifications.preferences.none": "There are no optional emails for your role.",
  "notifications.preferences.security.heading": "Emails about your account",
  "notifications.preferences.security.body":
    "We always email you about an invitation, a password reset or change, a change to your two-factor authentication, and a sign-in from a new place. You cannot turn these off, so that you notice if someone else uses your account.",
  "notifications.preferences.save": "Save email choices",
  "notifications.preferences.saved": "Your email choices have been saved.",
  "notifications.preferences.template.contactAcknowledged": "the MASH receives a contact I made",
  "notifications.preferences.template.decisionRecorded": "the MASH records a decision on a contact I made",
  "notifications.preferences.template.writtenConfirmationRequested":
    "the MASH asks me to confirm in writing a contact I made by phone",
  "notifications.preferences.template.informationCheckRequested": "the MASH asks my agency for information",
  "notifications.preferences.template.signOffAwaiting": "a decision is waiting for my sign-off",
  "notifications.preferences.template.contactDeadlineApproaching":
    "a contact I am responsible for is close to its decision deadline",
  "notifications.preferences.template.contactDeadlinePassed":
    "a contact I am responsible for is past its decision deadline",
  "notifications.preferences.template.earlyHelpReviewDue": "a plan I lead is due a review within 5 working days",
  "notifications.preferences.template.earlyHelpReviewOverdue": "a plan I lead is overdue a review",
  "notifications.preferences.template.stepDownAwaitingAcceptance": "a step-down is waiting for my team to accept it",
  "notifications.preferences.template.stepDownAccepted": "early help accepts a step-down I made",
  "notifications.preferences.template.stepDownDeclined": "early help returns a step-down I made",

  "notifications.admin.title": "Notifications",
  "notifications.admin.lead":
    "Every email Front Door sends is written to an outbox with the change it reports, then delivered. Emails that could not be delivered are listed here with the error; retry them once the cause is fixed.",
  "notifications.admin.summary.pending": "Waiting to send",
  "notifications.admin.summary.sending": "Sending",
  "notifications.admin.summary.sent": "Sent",
  "notifications.admin.summary.dead": "Not delivered",
  "notifications.admin.dead.heading": "Not delivered",
  "notifications.admin.dead.none": "Every email has been delivered or is still being tried.",
  "notifications.admin.recent.heading": "Latest emails",
  "notifications.admin.column.created": "Queued",
  "notifications.admin.column.template": "Email",
  "notifications.admin.column.recipient": "To",
  "notifications.admin.column.status": "Status",
  "notifications.admin.column.attempts": "Attempts",
  "notifications.admin.column.error": "Last error",
  "notifications.admin.column.action": "Action",
  "notifications.admin.retry": "Retry",
  "notifications.admin.retryHidden": "email to {recipient}",
  "notifications.admin.retried": "The email has been queued again.",
  "notifications.admin.notDead": "That email is no longer waiting for a retry.",
  "notifications.admin.status.pending": "Waiting",
  "notifications.admin.status.sending": "Sending",
  "notifications.admin.status.sent": "Sent",
  "notifications.admin.status.dead": "Not delivered",
} as const satisfies Record<string, string>;
