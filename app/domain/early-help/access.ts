import type { Role } from "~/domain/roles";

/**
 * Who may open a plan, and who may change it. Partners see a family's plan
 * only while they lead it or sit on its team around the family: a school that
 * made a contact about a child has no right to the plan that followed.
 */
export type PlanAccess = "none" | "view" | "edit";

export interface PlanPeople {
  leadProfessionalId: string | null;
  socialWorkerId: string | null;
  /** Team members with an account who are still on the team. */
  teamUserIds: readonly string[];
  /** The social worker who handed the family over, who sees what became of the request. */
  steppedDownBy: string | null;
}

/** The council's early help team works across every plan: it allocates, covers absences and coordinates. */
const earlyHelpTeam: readonly Role[] = ["early_help_practitioner", "early_help_manager"];

export function planAccess(user: { id: string; role: Role }, people: PlanPeople): PlanAccess {
  if (earlyHelpTeam.includes(user.role)) return "edit";
  if (people.leadProfessionalId === user.id || people.socialWorkerId === user.id) return "edit";
  if (people.teamUserIds.includes(user.id) || people.steppedDownBy === user.id) return "view";
  return "none";
}

/**
 * Asking social care to take a case is the lead professional's call; the
 * early help manager may make it when the lead is away, so a family in
 * difficulty is not left waiting for someone's return.
 */
export function canRequestStepUp(user: { id: string; role: Role }, people: Pick<PlanPeople, "leadProfessionalId">) {
  return people.leadProfessionalId === user.id || user.role === "early_help_manager";
}
