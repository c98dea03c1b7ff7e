import { roles, type Role } from "~/domain/roles";

/**
 * Everything a user may be allowed to do. Every loader and action asks
 * `can` (through `requirePermission`) before it reads or changes anything;
 * hiding a link is never the protection.
 */
export const actions = [
  "account.manage",
  "contact.create",
  "contact.draft",
  "contact.record",
  "contact.viewOwnOrganisation",
  "mash.screen",
  "mash.assign",
  "mash.signOff",
  "mash.answerChecks",
  "earlyHelp.viewOwnPlans",
  "earlyHelp.manage",
  "earlyHelp.allocate",
  "stepDown.create",
  "stepDown.accept",
  "referrals.view",
  "referrals.allocate",
  "admin.organisations",
  "admin.users",
  "admin.audit",
  "admin.notifications",
  "thresholds.publish",
  "reports.view",
  "reports.returns",
  "reports.viewOwnOrganisation",
] as const;
export type Action = (typeof actions)[number];

const everyone = roles;

/** Which roles may do each action. One table, so that a reviewer can read the whole policy at once. */
const allowedRoles: Record<Action, readonly Role[]> = {
  "account.manage": everyone,
  "contact.create": ["partner"],
  // The contact journey's pages: a partner's own contact, or one the MASH records from a call, letter or notification.
  "contact.draft": ["partner", "mash_screener", "mash_manager"],
  "contact.record": ["mash_screener", "mash_manager"],
  "contact.viewOwnOrganisation": ["partner"],
  "mash.screen": ["mash_screener", "mash_manager"],
  "mash.assign": ["mash_manager"],
  "mash.signOff": ["mash_manager"],
  "mash.answerChecks": ["mash_agency_officer"],
  // Social workers see the child in need plans they work on and the plans their step-downs became.
  "earlyHelp.viewOwnPlans": ["partner", "early_help_practitioner", "early_help_manager", "social_worker"],
  "earlyHelp.manage": ["early_help_practitioner", "early_help_manager"],
  "earlyHelp.allocate": ["early_help_manager"],
  "stepDown.create": ["social_worker"],
  "stepDown.accept": ["early_help_manager"],
  // Referrals are social care's: the team manager allocates them; social workers see the list.
  "referrals.view": ["social_care_manager", "social_worker"],
  "referrals.allocate": ["social_care_manager"],
  "admin.organisations": ["admin"],
  "admin.users": ["admin"],
  "admin.audit": ["admin"],
  "admin.notifications": ["admin"],
  "thresholds.publish": ["admin"],
  // The front door dashboard: the managers who run the MASH and early help, and the council's performance analysts.
  "reports.view": ["mash_manager", "early_help_manager", "social_care_manager", "analyst"],
  // Annex A and the census extract list children one by one: only those who hand them to Ofsted and the DfE.
  "reports.returns": ["mash_manager", "analyst"],
  // A partner's own organisation's figures; the organisation scope is applied by the report itself.
  "reports.viewOwnOrganisation": ["partner"],
};

/**
 * Partners work for schools, health, police and the voluntary sector: they see
 * only what their own organisation made. The council's own teams work across
 * organisations, so only their role limits them.
 */
const organisationScopedRoles: ReadonlySet<Role> = new Set(["partner"]);

export interface Subject {
  role: Role;
  organisationId: string;
}

/** The record an action is about, when it matters: whose organisation it belongs to. */
export interface Resource {
  organisationId?: string;
}

export function can(user: Subject, action: Action, resource?: Resource): boolean {
  if (!allowedRoles[action].includes(user.role)) return false;
  if (resource?.organisationId !== undefined && organisationScopedRoles.has(user.role)) {
    return resource.organisationId === user.organisationId;
  }
  return true;
}

/** The body of a 403 thrown for a missing permission, so the error page can tell it from a refused cross-site post. */
export const permissionDeniedBody = "permission-denied";
