/** The people around a plan: its children, the team around the family, and the family's own network. */
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Transaction } from "#db/connection";
import {
  earlyHelpNetworkMembers,
  earlyHelpPlanChildren,
  earlyHelpPlans,
  earlyHelpTeamMembers,
  organisations,
  users,
} from "#db/schema";
import type { CurrentUser } from "~/auth/session.server";
import { db } from "~/db.server";
import type { IsoDate } from "~/domain/early-help/calendar-date";
import { validateNetworkMeeting, type NetworkMeeting } from "~/domain/early-help/family-network";
import type { Role } from "~/domain/roles";
import type { AuditActor } from "./audit.server";
import { auditPlanEvent, planNotFound, withEditablePlan, type PlanChild } from "./early-help-plan-records.server";
import { earlyHelpSettings } from "./early-help-settings.server";
import { refused, type UseCaseResult } from "./use-case.server";

type Editor = Pick<CurrentUser, "id" | "role">;

export type NewPlanChild = Omit<PlanChild, "id">;

export interface NewChild {
  firstName: string;
  lastName: string;
  dateOfBirth: IsoDate;
}

/** Adds the children not already on the plan (by person record or contact child), after the ones that are. */
export async function addMissingChildren(tx: Transaction, planId: string, children: readonly NewPlanChild[]) {
  const existing = await tx.select().from(earlyHelpPlanChildren).where(eq(earlyHelpPlanChildren.planId, planId));
  const known = (child: NewPlanChild) =>
    existing.some(
      (row) =>
        (child.personId !== null && row.personId === child.personId) ||
        (child.contactChildId !== null && row.contactChildId === child.contactChildId),
    );
  const missing = children.filter((child) => !known(child));
  if (missing.length === 0) return;
  const start = Math.max(-1, ...existing.map((row) => row.position)) + 1;
  await tx
    .insert(earlyHelpPlanChildren)
    .values(missing.map((child, index) => ({ ...child, planId, position: start + index })));
}

export function addChild(actor: AuditActor, user: Editor, planId: string, child: NewChild): Promise<UseCaseResult> {
  return withEditablePlan(user, planId, { whenClosed: "refuse" }, async (tx, detail) => {
    const row = { ...child, personId: null, contactChildId: null, dueDate: null, sex: null };
    await addMissingChildren(tx, planId, [row]);
    await auditPlanEvent(tx, actor, detail, "earlyHelp.child.added");
    return { ok: true as const };
  });
}

/** Who may lead a plan: a partner, or someone in the early help team (or a social worker, under Family Help). */
export function leadProfessionalRoles(): Role[] {
  const roles: Role[] = ["partner", "early_help_practitioner", "early_help_manager"];
  return earlyHelpSettings().model.vocabulary === "family_help" ? [...roles, "social_worker"] : roles;
}

export interface Candidate {
  id: string;
  name: string;
  jobTitle: string | null;
  organisationName: string;
}

/** Active users with one of `roles`, for the allocation and team pages' lists. */
export async function candidates(roles: readonly Role[]): Promise<Candidate[]> {
  return db()
    .select({ id: users.id, name: users.name, jobTitle: users.jobTitle, organisationName: organisations.name })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(users.active, true), inArray(users.role, [...roles])))
    .orderBy(organisations.name, users.name);
}

export async function activeUserWithRole(tx: Transaction, id: string | null, roles: readonly Role[]) {
  if (id === null) return false;
  const [row] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, id), eq(users.active, true), inArray(users.role, [...roles])));
  return row !== undefined;
}

/** A lead professional named on the plan leaves the team list rather than appearing twice. */
export async function removeFromTeam(tx: Transaction, planId: string, userId: string, removedBy: string) {
  await tx
    .update(earlyHelpTeamMembers)
    .set({ removedAt: sql`now()`, removedBy })
    .where(
      and(
        eq(earlyHelpTeamMembers.planId, planId),
        eq(earlyHelpTeamMembers.userId, userId),
        isNull(earlyHelpTeamMembers.removedAt),
      ),
    );
}

export type NewTeamMember =
  | { type: "user"; userId: string }
  | { type: "outside"; name: string; agency: string; role: string; email: string | null; phone: string | null };

/** People with an account see the plan once added, so they must be someone who works with families. */
const teamRoles: Role[] = ["partner", "early_help_practitioner", "early_help_manager", "social_worker"];

export function addTeamMember(
  actor: AuditActor,
  user: Editor,
  planId: string,
  member: NewTeamMember,
): Promise<UseCaseResult> {
  return withEditablePlan(user, planId, { whenClosed: "refuse" }, async (tx, detail) => {
    if (member.type === "user") {
      if (!(await activeUserWithRole(tx, member.userId, teamRoles))) {
        return refused([{ field: "userId", key: "plans.team.error.userRequired" }]);
      }
      if (member.userId === detail.plan.leadProfessionalId) {
        return refused([{ field: "userId", key: "plans.team.error.isLead" }]);
      }
      if (detail.team.some((existing) => existing.userId === member.userId)) {
        return refused([{ field: "userId", key: "plans.team.error.alreadyOnTeam" }]);
      }
    }
    const values =
      member.type === "user"
        ? { userId: member.userId }
        : { name: member.name, agency: member.agency, role: member.role, email: member.email, phone: member.phone };
    await tx.insert(earlyHelpTeamMembers).values({ planId, addedBy: user.id, ...values });
    await auditPlanEvent(tx, actor, detail, "earlyHelp.team.memberAdded", {
      userId: member.type === "user" ? member.userId : null,
    });
    return { ok: true as const };
  });
}

/** Taking someone off is allowed on a closed plan too: they may have left their job since. */
export function removeTeamMember(
  actor: AuditActor,
  user: Editor,
  planId: string,
  memberId: string,
): Promise<UseCaseResult> {
  return withEditablePlan(user, planId, { whenClosed: "allow" }, async (tx, detail) => {
    const member = detail.team.find((candidate) => candidate.id === memberId);
    if (!member) return planNotFound;
    await tx
      .update(earlyHelpTeamMembers)
      .set({ removedAt: sql`now()`, removedBy: user.id })
      .where(eq(earlyHelpTeamMembers.id, memberId));
    await auditPlanEvent(tx, actor, detail, "earlyHelp.team.memberRemoved", { userId: member.userId });
    return { ok: true as const };
  });
}

export function saveNetworkMeeting(
  actor: AuditActor,
  user: Editor,
  planId: string,
  meeting: NetworkMeeting,
  now: Date = new Date(),
): Promise<UseCaseResult> {
  return withEditablePlan(user, planId, { whenClosed: "refuse" }, async (tx, detail) => {
    const errors = validateNetworkMeeting(meeting, detail.plan, now);
    if (errors.length > 0) return refused(errors);
    await tx
      .update(earlyHelpPlans)
      .set({ networkMeeting: meeting, updatedAt: sql`now()` })
      .where(eq(earlyHelpPlans.id, planId));
    await auditPlanEvent(tx, actor, detail, "earlyHelp.familyNetwork.meetingSaved");
    return { ok: true as const };
  });
}

export function addNetworkMember(
  actor: AuditActor,
  user: Editor,
  planId: string,
  member: { name: string; relationship: string; phone: string | null; contribution: string | null },
): Promise<UseCaseResult> {
  return withEditablePlan(user, planId, { whenClosed: "refuse" }, async (tx, detail) => {
    await tx.insert(earlyHelpNetworkMembers).values({ planId, ...member });
    await auditPlanEvent(tx, actor, detail, "earlyHelp.familyNetwork.memberAdded");
    return { ok: true as const };
  });
}

export function removeNetworkMember(
  actor: AuditActor,
  user: Editor,
  planId: string,
  memberId: string,
): Promise<UseCaseResult> {
  return withEditablePlan(user, planId, { whenClosed: "allow" }, async (tx, detail) => {
    if (!detail.network.some((member) => member.id === memberId)) {
      return planNotFound;
    }
    await tx
      .update(earlyHelpNetworkMembers)
      .set({ removedAt: sql`now()` })
      .where(eq(earlyHelpNetworkMembers.id, memberId));
    await auditPlanEvent(tx, actor, detail, "earlyHelp.familyNetwork.memberRemoved");
    return { ok: true as const };
  });
}
