import type { Role } from "~/domain/roles";
import type { Action } from "./permissions";

/**
 * Who may use each route, for the test that tries every route as every role
 * (tests/integration/route-permissions.test.ts). The routes themselves
 * enforce this by calling `requirePermission` or `requireUser`; this table is
 * the reviewer's copy, and the test fails when a route has no row or does not
 * do what its row says. Add a row with every new route.
 *
 * - `anyone`: no sign-in needed (public pages, the sign-in steps, layouts that hold no personal data).
 * - `nobody`: refuses everyone with a 403 (the page a refused cross-site request is shown).
 * - `signedIn`: any fully signed-in user.
 * - `{ action }`: users whose role may do the action; `alsoDenied` lists roles the route turns away
 *   with a 404 even though the action allows them.
 */
export type Access =
  "anyone" | "nobody" | "signedIn" | { action: Action; alsoDenied?: readonly Role[] } | { anyOf: readonly Action[] };

export interface RouteRule {
  /** Who may GET the page (the route's loader). */
  get: Access;
  /** Who may POST to it (the route's action), when it has one. */
  post?: Access;
}

const anyone = { get: "anyone" } as const satisfies RouteRule;
const permission = (action: Action, post = true): RouteRule =>
  post ? { get: { action }, post: { action } } : { get: { action } };

/** Keyed by the route's file name in app/routes, without the extension. */
export const routeRules: Record<string, RouteRule> = {
  _index: anyone,
  $: anyone,
  forbidden: { get: "nobody" },
  "request-refused.$status": anyone,

  // Signing in: each step checks for itself that the previous step was done.
  "sign-in._index": { get: "anyone", post: "anyone" },
  "sign-in.two-factor": { get: "anyone", post: "anyone" },
  "sign-in.recovery-code": { get: "anyone", post: "anyone" },
  "sign-in.set-up-two-factor": { get: "anyone", post: "anyone" },
  "sign-out": { get: "anyone", post: "anyone" },
  "signed-out": anyone,
  "forgot-password._index": { get: "anyone", post: "anyone" },
  "forgot-password.check-email": anyone,
  "reset-password.$token": { get: "anyone", post: "anyone" },
  "invitation.$token": { get: "anyone", post: "anyone" },
  home: { get: "signedIn" },
  "session.extend": { get: "anyone", post: "signedIn" },

  "account._index": permission("account.manage", false),
  "account.password": permission("account.manage"),
  "account.two-factor._index": permission("account.manage"),
  "account.two-factor.new-app": permission("account.manage"),
  "account.sessions": permission("account.manage"),
  "account.notifications": permission("account.manage"),

  "admin.organisations._index": permission("admin.organisations", false),
  "admin.organisations.new": permission("admin.organisations"),
  "admin.organisations.$organisationId": permission("admin.organisations"),
  "admin.users._index": permission("admin.users", false),
  "admin.users.invite": permission("admin.users"),
  "admin.users.$userId._index": permission("admin.users"),
  "admin.users.$userId.role": permission("admin.users"),
  "admin.users.$userId.deactivate": permission("admin.users"),
  "admin.audit._index": permission("admin.audit", false),
  "admin.audit.child-views": permission("admin.audit", false),
  "dev.mail": permission("admin.users", false),
  "admin.notifications": permission("admin.notifications"),

  // Threshold guidance is public, so partners can learn it before they refer; versions are the admin's.
  "thresholds._index": anyone,

  // A member of the public's concern: no account, nothing read back.
  "report-a-concern._index": { get: "anyone", post: "anyone" },
  "report-a-concern.sent": anyone,
  // The accessibility statement and privacy notice, linked from every page's footer.
  accessibility: anyone,
  privacy: anyone,
  "admin.thresholds._index": permission("thresholds.publish"),
  "admin.thresholds.$documentId": permission("thresholds.publish"),

  // Making a contact: each draft is its author's alone (anyone else gets 404); contacts are their organisation's.
  "contacts._index": permission("contact.viewOwnOrganisation", false),
  "contacts.new": permission("contact.create"),
  "contacts.drafts.$draftId._index": permission("contact.draft", false),
  "contacts.drafts.$draftId.immediate-danger": permission("contact.draft"),
  "contacts.drafts.$draftId.emergency-calls": permission("contact.draft"),
  "contacts.drafts.$draftId.your-details": permission("contact.draft"),
  "contacts.drafts.$draftId.children._index": permission("contact.draft"),
  "contacts.drafts.$draftId.children.$childNumber": permission("contact.draft"),
  "contacts.drafts.$draftId.adults._index": permission("contact.draft"),
  "contacts.drafts.$draftId.adults.$adultNumber": permission("contact.draft"),
  "contacts.drafts.$draftId.adults.$adultNumber_.remove": permission("contact.draft"),
  "contacts.drafts.$draftId.children.$childNumber_.remove": permission("contact.draft"),
  "contacts.drafts.$draftId.descriptors": permission("contact.draft"),
  "contacts.drafts.$draftId.concern": permission("contact.draft"),
  "contacts.drafts.$draftId.level": permission("contact.draft"),
  "contacts.drafts.$draftId.consent": permission("contact.draft"),
  "contacts.drafts.$draftId.check-answers": permission("contact.draft"),
  "contacts.drafts.$draftId.who-contacted": permission("contact.draft"),
  "mash.contacts.new": permission("contact.record"),
  "mash.police-notifications.new": permission("contact.record"),
  // Its POST is the written confirmation of a contact the MASH typed up from the partner's call.
  "contacts.$reference._index": { get: { action: "contact.viewOwnOrganisation" }, post: { action: "contact.create" } },
  "contacts.$reference.confirmation": permission("contact.viewOwnOrganisation", false),

  // Early help: the layout only names the council's words for things.
  "early-help": anyone,
  "early-help._index": permission("earlyHelp.viewOwnPlans", false),
  "early-help.coordinator": permission("earlyHelp.allocate", false),
  "early-help.plans.new": {
    get: { action: "earlyHelp.viewOwnPlans", alsoDenied: ["social_worker"] },
    post: { action: "earlyHelp.viewOwnPlans", alsoDenied: ["social_worker"] },
  },
  "early-help.plans.$planId._index": permission("earlyHelp.viewOwnPlans", false),
  // Only a form posts here; a GET is answered "not found" for everyone.
  "early-help.plans.$planId.actions.$actionId.done": { get: "anyone", post: { action: "earlyHelp.viewOwnPlans" } },
  "early-help.plans.$planId.allocate": permission("earlyHelp.allocate"),
  "early-help.plans.$planId.assessment": permission("earlyHelp.viewOwnPlans"),
  "early-help.plans.$planId.children": permission("earlyHelp.viewOwnPlans"),
  "early-help.plans.$planId.close": permission("earlyHelp.viewOwnPlans"),
  "early-help.plans.$planId.consent._index": permission("earlyHelp.viewOwnPlans"),
  "early-help.plans.$planId.consent.withdraw": permission("earlyHelp.viewOwnPlans"),
  "early-help.plans.$planId.family-network._index": permission("earlyHelp.viewOwnPlans"),
  "early-help.plans.$planId.family-network.add-person": permission("earlyHelp.viewOwnPlans"),
  "early-help.plans.$planId.goals.$goalId.actions.new": permission("earlyHelp.viewOwnPlans"),
  "early-help.plans.$planId.goals.new": permission("earlyHelp.viewOwnPlans"),
  "early-help.plans.$planId.reviews.new": permission("earlyHelp.viewOwnPlans"),
  "early-help.plans.$planId.step-up": permission("earlyHelp.viewOwnPlans"),
  "early-help.plans.$planId.team._index": permission("earlyHelp.viewOwnPlans"),
  "early-help.plans.$planId.team.add-person": permission("earlyHelp.viewOwnPlans"),
  "early-help.plans.$planId.team.add-user": permission("earlyHelp.viewOwnPlans"),
  "early-help.step-downs._index": { get: { anyOf: ["stepDown.create", "stepDown.accept"] } },

  // Referrals: social workers read them; the team manager allocates them and records no further action.
  "referrals._index": permission("referrals.view", false),
  "referrals.$referralId": { get: { action: "referrals.view" }, post: { action: "referrals.allocate" } },
  "early-help.step-downs.new": permission("stepDown.create"),
  "early-help.step-downs.$stepDownId._index": { get: { anyOf: ["stepDown.create", "stepDown.accept"] } },
  "early-help.step-downs.$stepDownId.accept": permission("stepDown.accept"),
  "early-help.step-downs.$stepDownId.resend": permission("stepDown.create"),
  "early-help.step-downs.$stepDownId.return": permission("stepDown.accept"),

  // The MASH: screeners and managers work the queue; agency officers answer checks; managers assign and sign off.
  "mash._index": permission("mash.screen"),
  "mash.contacts.$reference": permission("mash.screen"),
  "mash.contacts.$reference_.assign": permission("mash.assign"),
  "mash.contacts.$reference_.source": permission("mash.screen"),
  "mash.contacts.$reference_.confirmation": permission("mash.screen"),
  "mash.contacts.$reference_.checks.new": permission("mash.screen"),
  "mash.contacts.$reference_.decision": permission("mash.screen"),
  "mash.contacts.$reference_.sign-off": permission("mash.signOff"),
  "mash.contacts.$reference_.children.$childId.find": permission("mash.screen", false),
  "mash.contacts.$reference_.children.$childId.unlink": permission("mash.screen"),
  "mash.sign-off": permission("mash.signOff", false),
  "mash.persons.$personId._index": permission("mash.screen", false),
  "mash.persons.$personId.correct": permission("mash.screen"),
  "mash.persons.$personId.merge.$otherId": permission("mash.screen"),
  "mash.persons.$personId.merges.$mergeId.undo": permission("mash.screen"),
  "mash.checks._index": permission("mash.answerChecks", false),
  "mash.checks.$checkId": permission("mash.answerChecks"),

  // Reports: the dashboard for managers and analysts; the returns, which list children, for those who send them.
  "reports._index": permission("reports.view", false),
  "reports.figures.$figure": permission("reports.view", false),
  "reports.my-organisation": permission("reports.viewOwnOrganisation", false),
  "reports.returns._index": permission("reports.returns", false),
  "reports.returns.$file": permission("reports.returns", false),
};
